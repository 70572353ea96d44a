package org.probity.records;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.probity.shared.AuditedChange;
import org.probity.shared.KeptRecord;
import org.probity.units.UnitRef;
import org.probity.units.UnitSplit;
import org.probity.units.UnitsMerged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When units merge or split, in the same transaction: each closed unit's records pass into the custody of its
 * successor, and a manifest lists everything handed over, so nothing can go missing unnoticed.
 */
@Component
class CustodyChanges {

	private final CustodyLedger ledger;

	private final HandoverInventory inventory;

	private final Handovers handovers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CustodyChanges(CustodyLedger ledger, HandoverInventory inventory, Handovers handovers,
			ApplicationEventPublisher events, Clock clock) {
		this.ledger = ledger;
		this.inventory = inventory;
		this.handovers = handovers;
		this.events = events;
		this.clock = clock;
	}

	@EventListener
	void on(UnitsMerged merged) {
		merged.merged().forEach(unit -> handOver("MERGE", unit, merged.into(), merged.effectiveOn()));
	}

	@EventListener
	void on(UnitSplit split) {
		handOver("SPLIT", split.split(), split.custodian(), split.effectiveOn());
	}

	private void handOver(String reason, UnitRef giver, UnitRef receiver, LocalDate effectiveOn) {
		List<String> patterns = ledger.patternsOf(giver);
		List<KeptRecord> kept = inventory.under(patterns);
		ledger.hand(giver, receiver, effectiveOn);
		HandoverManifest manifest = handovers.save(new HandoverManifest(reason, giver, receiver, effectiveOn, patterns,
				kept, Instant.now(clock)));
		events.publishEvent(AuditedChange.of("HANDOVER", "handover", String.valueOf(manifest.view().id()),
				giver.code() + " to " + receiver.code() + ": " + kept.size() + " records", null, manifest.overallDigest()));
	}
}
