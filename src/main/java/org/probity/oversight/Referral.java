package org.probity.oversight;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;
import org.probity.shared.Jurisdiction;

/** Signs of crime found by an activity, referred to an investigation agency on a date. */
@Entity
@Table(name = "oversight_referrals")
@Filter(name = Jurisdiction.FILTER, condition = Jurisdiction.SCOPED, deduceAliasInjectionPoints = false)
class Referral {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "activity_id")
	private Activity activity;

	private String scopePath;

	private LocalDate referredOn;

	private String agency;

	private String note;

	private Instant updatedAt;

	protected Referral() {
	}

	Referral(Activity activity, LocalDate referredOn, String agency, String note) {
		this.activity = activity;
		this.scopePath = activity.scopePath();
		this.referredOn = referredOn;
		this.agency = agency;
		this.note = note;
		this.updatedAt = Instant.now();
	}

	ReferralView view() {
		return new ReferralView(referredOn, agency, note);
	}
}
