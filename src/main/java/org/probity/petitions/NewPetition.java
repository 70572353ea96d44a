package org.probity.petitions;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A petition as registered through the API, the officer's form or an import. {@code receivedBy} is the code of the
 * receiving unit (the reference's prefix); it defaults to the officer's home unit.
 */
public record NewPetition(@NotNull PetitionKind kind, @NotNull Channel channel,
		@NotNull @PastOrPresent LocalDate receivedOn,
		@Size(max = 64) @Pattern(regexp = "([A-Za-z0-9][A-Za-z0-9._-]*)?", message = "is not a unit code") String receivedBy,
		Boolean anonymous, @Valid @Size(max = 500) List<Petitioner> petitioners, @Size(max = 300) String subjectName,
		@Size(max = 64) @Pattern(regexp = "([A-Za-z0-9][A-Za-z0-9._-]*)?", message = "is not a unit code") String subjectUnitCode,
		@NotBlank @Size(max = 20000) String content) {

	/** Missing counts as not anonymous. */
	public boolean isAnonymous() {
		return Boolean.TRUE.equals(anonymous);
	}

	public List<Petitioner> petitionersOrNone() {
		return petitioners == null ? List.of() : petitioners;
	}
}
