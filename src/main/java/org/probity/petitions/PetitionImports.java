package org.probity.petitions;

import java.util.List;

import org.probity.petitions.repeats.Matter;
import org.probity.shared.InvalidField;
import org.probity.shared.Jurisdiction;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Applies imported petitions: a new reference registers the petition, a known one corrects its intake details. */
@Component
class PetitionImports {

	private final PetitionManagement management;

	private final Petitions petitions;

	private final SealedIdentities identities;

	private final RepeatIndex repeats;

	private final ReferenceNumbers references;

	private final JdbcTemplate jdbc;

	PetitionImports(PetitionManagement management, Petitions petitions, SealedIdentities identities,
			RepeatIndex repeats, ReferenceNumbers references, JdbcTemplate jdbc) {
		this.management = management;
		this.petitions = petitions;
		this.identities = identities;
		this.repeats = repeats;
		this.references = references;
		this.jdbc = jdbc;
	}

	void upsert(String ref, NewPetition intake) {
		List<String> owner = jdbc.queryForList("select scope_path from petitions where reference = ?", String.class, ref);
		if (!owner.isEmpty() && !Jurisdiction.covers(owner.get(0))) {
			throw new InvalidField("ref", "'" + ref + "' is a petition outside your jurisdiction");
		}
		if (owner.isEmpty()) {
			references.observe(ref);
			management.register(intake, null, ref);
			return;
		}
		Petition petition = petitions.findByReference(ref).orElseThrow();
		petition.correctIntake(intake);
		jdbc.update("delete from reporter_identities where petition_id = ?", petition.id());
		identities.seal(petition.id(), intake.petitionersOrNone());
		jdbc.update("delete from petition_keys where petition_id = ?", petition.id());
		repeats.index(petition.id(), intake, Matter.of(intake.subjectName(), intake.content()));
	}
}
