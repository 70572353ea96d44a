package org.probity.petitions;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.probity.shared.InvalidField;
import org.probity.shared.Jurisdiction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a citizen does without signing in: submit a petition (anonymously if they wish), get a receipt code, and
 * with it follow the petition and talk to the handler. Floods are slowed per client address.
 */
@Service
@Transactional
public class PublicPortal {

	private final PetitionManagement management;

	private final Petitions petitions;

	private final Conversation conversation;

	private final PortalLimits limits;

	PublicPortal(PetitionManagement management, Petitions petitions, Conversation conversation, PortalLimits limits) {
		this.management = management;
		this.petitions = petitions;
		this.conversation = conversation;
		this.limits = limits;
	}

	/** The receipt: the code is shown this once and never stored. */
	public record Receipt(String reference, String code, LocalDate dueOn) {
	}

	/** What the citizen sees of their petition: no handler names, no other petitions. */
	public record CitizenView(String reference, PetitionKind kind, LocalDate receivedOn, PetitionStatus status,
			LocalDate dueOn, String response, List<Message> messages) {
	}

	public Receipt submit(PetitionKind kind, String receivingUnit, String subjectName, String content,
			boolean anonymous, Petitioner petitioner, String address) {
		limits.checkSubmission(address);
		String code = ReceiptCodes.newCode();
		List<Petitioner> petitioners = petitioner == null || petitioner.name() == null || petitioner.name().isBlank()
				? List.of() : List.of(petitioner);
		NewPetition intake = new NewPetition(kind, Channel.WEB, LocalDate.now(), receivingUnit,
				anonymous || petitioners.isEmpty(), petitioners, subjectName, null, content);
		Registered registered = Jurisdiction.asSystem(() -> management.register(intake, ReceiptCodes.digest(code), null));
		limits.submitted(address);
		return new Receipt(registered.reference(), code, registered.dueOn());
	}

	/** The petition with this receipt code; each lookup from an address counts against its hourly limit. */
	public Optional<CitizenView> follow(String code, String address) {
		limits.lookup(address);
		return Jurisdiction.asSystem(() -> petitions.findByReceiptHash(ReceiptCodes.digest(code))).map(this::view);
	}

	private CitizenView view(Petition petition) {
		PetitionView p = petition.view();
		return new CitizenView(p.reference(), p.kind(), p.receivedOn(), p.status(), p.dueOn(), p.response(),
				conversation.of(p.id(), true));
	}

	/** Posts the citizen's message and answers the petition as it now stands; follow the code first. */
	public CitizenView message(String code, String body) {
		if (body == null || body.isBlank() || body.length() > 4000) {
			throw new InvalidField("body", "must be 1 to 4000 characters");
		}
		Petition petition = Jurisdiction.asSystem(() -> petitions.findByReceiptHash(ReceiptCodes.digest(code)))
			.orElseThrow(() -> new InvalidField("code", "no petition has this receipt code"));
		conversation.post(petition.id(), true, null, body.strip());
		return view(petition);
	}

}
