package org.probity.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.probity.petitions.CitizenReception;
import org.probity.petitions.NewReceptionSession;
import org.probity.petitions.Outcome;
import org.probity.petitions.PetitionHandling;
import org.probity.petitions.PetitionKind;
import org.probity.petitions.PetitionManagement;
import org.probity.petitions.PetitionQuery;
import org.probity.petitions.PetitionView;
import org.probity.petitions.Topic;
import org.probity.petitions.clock.Complexity;
import org.springframework.data.domain.Page;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Moves the demo petitions along as the demo administrator would, so every status, a timeline and answers show,
 * and records reception sessions.
 */
@Component
class DemoHandling {

	private final PetitionManagement petitions;

	private final PetitionHandling handling;

	private final CitizenReception reception;

	private final UserDetailsService accounts;

	DemoHandling(PetitionManagement petitions, PetitionHandling handling, CitizenReception reception,
			UserDetailsService accounts) {
		this.petitions = petitions;
		this.handling = handling;
		this.reception = reception;
		this.accounts = accounts;
	}

	void run(String username) {
		as(username, () -> {
			Random random = new Random(7);
			for (int page = 0;; page++) {
				Page<PetitionView> batch = petitions.list(PetitionQuery.ofUnit("QN"), page);
				batch.forEach(petition -> advance(petition, random.nextInt(10)));
				if (!batch.hasNext()) {
					break;
				}
			}
			receptions(random);
		});
	}

	/** Does the work signed in as the user, since the modules check the writer's role. */
	void as(String username, Runnable work) {
		UserDetails user = accounts.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		try {
			work.run();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** Older petitions went further; a few are left waiting so the inbox and the alerts show work to do. */
	private void advance(PetitionView petition, int luck) {
		long id = petition.id();
		boolean recent = petition.receivedOn().isAfter(LocalDate.now().minusMonths(2));
		if (luck == 0 || recent && luck < 6) {
			return;
		}
		Topic topic = petition.kind() == PetitionKind.COMPLAINT ? Topic.COMPENSATION_CLEARANCE
				: petition.content().contains("xây dựng") ? Topic.CONSTRUCTION
						: petition.content().contains("triệu") ? Topic.CORRUPTION_BRIBERY : Topic.LAND;
		handling.classify(id, topic, luck > 7 ? Complexity.COMPLEX : Complexity.ORDINARY, petition.collective());
		if (luck == 1) {
			handling.refuse(id, "Không thuộc thẩm quyền; đã hướng dẫn công dân gửi đến cơ quan có thẩm quyền");
			return;
		}
		handling.accept(id);
		if (luck == 2) {
			return;
		}
		handling.startVerification(id);
		if (luck == 3) {
			return;
		}
		Outcome outcome = luck > 6 ? Outcome.FOUNDED : luck > 4 ? Outcome.PARTLY_FOUNDED : Outcome.UNFOUNDED;
		handling.conclude(id, outcome, outcome != Outcome.UNFOUNDED, "Kết luận sau xác minh");
		handling.respond(id, "Cơ quan đã xác minh và kết luận: " + outcome.name().toLowerCase().replace('_', ' ') + ".");
		if (luck > 5) {
			handling.close(id);
		}
	}

	private void receptions(Random random) {
		for (int i = 0; i < 30; i++) {
			String unit = String.format("QN-%02d", 1 + random.nextInt(24));
			reception.record(new NewReceptionSession(unit, LocalDate.of(2024, 1, 10).plusDays(random.nextInt(900)),
					"Bí thư Đảng ủy", random.nextInt(4) == 0, random.nextInt(3) == 0, 3 + random.nextInt(20),
					"Tiếp công dân định kỳ", List.of()));
		}
	}
}
