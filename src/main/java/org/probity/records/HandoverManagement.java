package org.probity.records;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.probity.shared.Actors;
import org.probity.shared.AuditedChange;
import org.probity.shared.InvalidField;
import org.probity.shared.Jurisdiction;
import org.probity.shared.KeptRecord;
import org.probity.shared.NotFound;
import org.probity.shared.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Handovers between units: reading them, the two sign-offs, and the check that recomputes a manifest. */
@Service
@Transactional
public class HandoverManagement {

	private final Handovers handovers;

	private final HandoverInventory inventory;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	HandoverManagement(Handovers handovers, HandoverInventory inventory, ApplicationEventPublisher events, Clock clock) {
		this.handovers = handovers;
		this.inventory = inventory;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<HandoverView> list() {
		return handovers.findAllByOrderByIdDesc().stream().map(HandoverManifest::view).toList();
	}

	@Transactional(readOnly = true)
	public Optional<HandoverDetails> find(long id) {
		return handovers.findById(id).map(manifest -> new HandoverDetails(manifest.view(), manifest.items()));
	}

	/** The giver's side is signed by a reader of the giving unit, the receiver's by one of the receiving unit. */
	public HandoverView signOff(long id, SignOff signOff) {
		HandoverManifest manifest = manifest(id);
		if (signOff == null || signOff.side() == null) {
			throw new InvalidField("side", "is required: GIVER or RECEIVER");
		}
		String path = signOff.side() == HandoverSide.GIVER ? manifest.giverPath() : manifest.receiverPath();
		if (!Jurisdiction.covers(path)) {
			throw InvalidField.conflict("side", "only a reader of the " + signOff.side().name().toLowerCase()
					+ " unit may sign off for it");
		}
		String discrepancies = signOff.side() == HandoverSide.RECEIVER ? Texts.blankToNull(signOff.discrepancies())
				: null;
		if (discrepancies != null && discrepancies.length() > 4000) {
			throw new InvalidField("discrepancies", "is longer than 4000 characters");
		}
		manifest.signOff(signOff.side(), Actors.username(), discrepancies, Instant.now(clock));
		events.publishEvent(AuditedChange.of("SIGN_OFF", "handover", String.valueOf(id), signOff.side().name()
				+ (discrepancies == null ? "" : " with discrepancies"), null, manifest.overallDigest()));
		return manifest.view();
	}

	/** Gathers the handed-over records again and says what is missing, added or changed since the manifest. */
	public HandoverCheck check(long id) {
		HandoverManifest manifest = manifest(id);
		List<KeptRecord> listed = manifest.items();
		List<KeptRecord> now = Jurisdiction.asSystem(() -> inventory.under(manifest.scopePatterns()));
		Map<String, KeptRecord> current = byKey(now);
		Map<String, KeptRecord> before = byKey(listed);
		List<KeptRecord> missing = listed.stream().filter(item -> !current.containsKey(HandoverInventory.key(item))).toList();
		List<KeptRecord> added = now.stream().filter(item -> !before.containsKey(HandoverInventory.key(item))).toList();
		List<KeptRecord> changed = now.stream()
			.filter(item -> before.containsKey(HandoverInventory.key(item))
					&& !before.get(HandoverInventory.key(item)).digest().equals(item.digest()))
			.toList();
		Instant at = Instant.now(clock);
		HandoverCheck check = new HandoverCheck(id, missing.isEmpty() && added.isEmpty() && changed.isEmpty(),
				manifest.overallDigest(), HandoverInventory.overallDigest(now), missing, added, changed, at);
		manifest.checked(check.differences(), at);
		return check;
	}

	private HandoverManifest manifest(long id) {
		return handovers.findById(id).orElseThrow(() -> new NotFound("No handover " + id + " in your jurisdiction"));
	}

	private static Map<String, KeptRecord> byKey(List<KeptRecord> records) {
		return records.stream().collect(Collectors.toMap(HandoverInventory::key, Function.identity(), (a, b) -> a));
	}
}
