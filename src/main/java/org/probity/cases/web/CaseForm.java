package org.probity.cases.web;

import java.time.LocalDate;

import org.probity.cases.CaseField;
import org.probity.cases.CaseKind;
import org.probity.cases.NewCase;
import org.probity.cases.Origin;
import org.probity.shared.InvalidField;
import org.probity.shared.Texts;
import org.springframework.format.annotation.DateTimeFormat;

/** The form that opens a case; what was typed comes back to it if the case cannot be opened. */
class CaseForm {

	private String reference;

	private CaseKind kind = CaseKind.CRIMINAL_CASE;

	private String title;

	private String summary;

	private String unitCode;

	private CaseField field;

	private String agencies;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate detectedOn = LocalDate.now();

	private String damage;

	private Origin origin = Origin.DIRECT;

	private String originActivity;

	private String originPetition;

	NewCase toNewCase() {
		return new NewCase(reference, kind, title, summary, unitCode, field, agencies, detectedOn,
				AmountText.parse("damage", damage), origin, originActivity, petition());
	}

	private Long petition() {
		String number = Texts.blankToNull(originPetition);
		if (number == null) {
			return null;
		}
		if (!number.matches("\\d{1,18}")) {
			throw new InvalidField("originPetition", "is not a petition number");
		}
		return Long.valueOf(number);
	}

	/** The form's field for a field the façade names; anything else is shown beside the title. */
	static String fieldOf(String field) {
		return switch (field) {
			case "reference", "kind", "title", "summary", "unitCode", "field", "agencies", "detectedOn", "damage",
					"origin", "originActivity", "originPetition" -> field;
			default -> "title";
		};
	}

	public String getReference() { return reference; }
	public void setReference(String reference) { this.reference = reference; }
	public CaseKind getKind() { return kind; }
	public void setKind(CaseKind kind) { this.kind = kind; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getSummary() { return summary; }
	public void setSummary(String summary) { this.summary = summary; }
	public String getUnitCode() { return unitCode; }
	public void setUnitCode(String unitCode) { this.unitCode = unitCode; }
	public CaseField getField() { return field; }
	public void setField(CaseField field) { this.field = field; }
	public String getAgencies() { return agencies; }
	public void setAgencies(String agencies) { this.agencies = agencies; }
	public LocalDate getDetectedOn() { return detectedOn; }
	public void setDetectedOn(LocalDate detectedOn) { this.detectedOn = detectedOn; }
	public String getDamage() { return damage; }
	public void setDamage(String damage) { this.damage = damage; }
	public Origin getOrigin() { return origin; }
	public void setOrigin(Origin origin) { this.origin = origin; }
	public String getOriginActivity() { return originActivity; }
	public void setOriginActivity(String originActivity) { this.originActivity = originActivity; }
	public String getOriginPetition() { return originPetition; }
	public void setOriginPetition(String originPetition) { this.originPetition = originPetition; }
}
