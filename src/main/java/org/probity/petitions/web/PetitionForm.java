package org.probity.petitions.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.probity.petitions.Channel;
import org.probity.petitions.NewPetition;
import org.probity.petitions.PetitionKind;
import org.probity.petitions.Petitioner;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The officer's intake form. Petitioners are typed one per line as {@code name | ID number | phone | address};
 * everything typed comes back to the form if the save fails.
 */
class PetitionForm {

	@NotNull
	private PetitionKind kind = PetitionKind.COMPLAINT;

	@NotNull
	private Channel channel = Channel.DIRECT;

	@NotNull
	@PastOrPresent
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate receivedOn = LocalDate.now();

	@Size(max = 64)
	private String receivedBy;

	private boolean anonymous;

	@Size(max = 20000)
	private String petitioners;

	@Size(max = 300)
	private String subjectName;

	@Size(max = 64)
	private String subjectUnitCode;

	@NotBlank
	@Size(max = 20000)
	private String content;

	NewPetition toNewPetition() {
		return new NewPetition(kind, channel, receivedOn, receivedBy, anonymous, petitionerList(), subjectName,
				subjectUnitCode, content);
	}

	List<Petitioner> petitionerList() {
		if (petitioners == null) {
			return List.of();
		}
		return petitioners.lines().map(String::strip).filter(line -> !line.isEmpty()).map(line -> {
			String[] parts = Arrays.copyOf(line.split("\\|", 4), 4);
			return new Petitioner(part(parts[0], 200), part(parts[1], 40), part(parts[2], 40), part(parts[3], 400));
		}).toList();
	}

	private static String part(String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		return text.length() <= max ? text : text.substring(0, max);
	}

	public PetitionKind getKind() { return kind; }
	public void setKind(PetitionKind kind) { this.kind = kind; }
	public Channel getChannel() { return channel; }
	public void setChannel(Channel channel) { this.channel = channel; }
	public LocalDate getReceivedOn() { return receivedOn; }
	public void setReceivedOn(LocalDate receivedOn) { this.receivedOn = receivedOn; }
	public String getReceivedBy() { return receivedBy; }
	public void setReceivedBy(String receivedBy) { this.receivedBy = receivedBy; }
	public boolean isAnonymous() { return anonymous; }
	public void setAnonymous(boolean anonymous) { this.anonymous = anonymous; }
	public String getPetitioners() { return petitioners; }
	public void setPetitioners(String petitioners) { this.petitioners = petitioners; }
	public String getSubjectName() { return subjectName; }
	public void setSubjectName(String subjectName) { this.subjectName = subjectName; }
	public String getSubjectUnitCode() { return subjectUnitCode; }
	public void setSubjectUnitCode(String subjectUnitCode) { this.subjectUnitCode = subjectUnitCode; }
	public String getContent() { return content; }
	public void setContent(String content) { this.content = content; }
}
