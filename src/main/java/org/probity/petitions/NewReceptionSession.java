package org.probity.petitions;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** A reception session to record; {@code petitionIds} are petitions registered at it. */
public record NewReceptionSession(@Size(max = 64) String unitCode, @NotNull @PastOrPresent LocalDate heldOn,
		@NotBlank @Size(max = 200) String host, Boolean adHoc, Boolean dialogue, @Min(0) @Max(100000) int citizens,
		@Size(max = 4000) String summary, @Size(max = 500) List<Long> petitionIds) {
}
