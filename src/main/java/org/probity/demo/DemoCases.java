package org.probity.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.probity.cases.CaseDetails;
import org.probity.cases.CaseField;
import org.probity.cases.CaseHandling;
import org.probity.cases.CaseKind;
import org.probity.cases.CaseManagement;
import org.probity.cases.CustodyMeasure;
import org.probity.cases.DefendantChange;
import org.probity.cases.DefendantOutcome;
import org.probity.cases.NewCase;
import org.probity.cases.NewDefendant;
import org.probity.cases.Origin;
import org.probity.cases.Stage;
import org.springframework.stereotype.Component;

/**
 * Forty demo corruption cases in the communes, opened and moved along as an officer would through the cases façade:
 * dated stages up to today, defendants, damage and recoveries, and about fifteen monitored by the provincial party
 * committee, some removed after judgment and one placed again. The first few come from the demo's referrals.
 */
@Component
class DemoCases {

	static final int CASES = 40;

	static final String COMMITTEE = "QN-TU";

	private static final String AGENCIES = "Cơ quan CSĐT Công an tỉnh Quảng Ninh; VKSND tỉnh Quảng Ninh";

	private static final Stage[] AFTER_DETECTION = { Stage.VERIFYING, Stage.INVESTIGATING, Stage.PROSECUTED,
			Stage.FIRST_INSTANCE_TRIAL, Stage.APPEAL_TRIAL, Stage.ENFORCEMENT, Stage.CLOSED };

	private final CaseManagement cases;

	private final CaseHandling handling;

	private final DemoCaseOrigins origins;

	DemoCases(CaseManagement cases, CaseHandling handling, DemoCaseOrigins origins) {
		this.cases = cases;
		this.handling = handling;
		this.origins = origins;
	}

	/** Run as a user who may write cases (see {@link DemoHandling#as}). */
	void run() {
		Random random = new Random(20230607L);
		List<DemoCaseOrigins.Source> sources = origins.find(6);
		for (int i = 0; i < CASES; i++) {
			one(i, random, i < sources.size() ? sources.get(i) : null);
		}
	}

	private void one(int i, Random random, DemoCaseOrigins.Source source) {
		CaseField field = CaseField.values()[i % (CaseField.values().length - 1)];
		int place = random.nextInt(24);
		String unit = String.format("QN-%02d", place + 1);
		LocalDate detected = source != null ? source.on() : LocalDate.of(2021, 3, 1).plusDays(random.nextInt(1500));
		// A third of the cases have their damage assessed only once investigated.
		BigDecimal damage = BigDecimal.valueOf(1_000_000L * (200 + random.nextInt(80_000)));
		long id = cases.open(new NewCase(null, i % 5 == 4 ? CaseKind.INCIDENT : CaseKind.CRIMINAL_CASE,
				DemoCaseTexts.title(field, DemoProvince.PLACES[place]), DemoCaseTexts.summary(), unit, field,
				AGENCIES, detected, i % 3 == 0 ? null : damage, source == null ? Origin.DIRECT : source.origin(),
				source == null ? null : source.activity(), source == null ? null : source.petition())).summary().id();
		boolean monitored = i % 8 < 3;
		LocalDate day = detected;
		if (monitored) {
			LocalDate placed = detected.plusDays(10 + random.nextInt(50));
			handling.placeUnderMonitoring(id, COMMITTEE, placed.isAfter(LocalDate.now()) ? LocalDate.now() : placed,
					"Vụ việc nghiêm trọng, phức tạp, dư luận xã hội quan tâm");
		}
		Stage reached = Stage.DETECTED;
		for (Stage stage : AFTER_DETECTION) {
			if (stage == Stage.VERIFYING && random.nextInt(3) == 0 || stage == Stage.APPEAL_TRIAL && random.nextBoolean()) {
				continue;
			}
			LocalDate next = day.plusDays(20 + random.nextInt(150));
			if (next.isAfter(LocalDate.now()) || random.nextInt(8) == 0) {
				break;
			}
			day = next;
			reached = stage;
			CaseDetails details = handling.advance(id, stage, day, DemoCaseTexts.note(stage));
			progress(id, stage, day, details, damage, random);
		}
		if (monitored && day.isAfter(detected.plusDays(60)) && reached.compareTo(Stage.ENFORCEMENT) >= 0) {
			handling.removeFromMonitoring(id, day, "Vụ án đã xét xử, chuyển sang giai đoạn thi hành án");
			if (i % 16 == 0 && !day.plusDays(30).isAfter(LocalDate.now())) {
				handling.placeUnderMonitoring(id, COMMITTEE, day.plusDays(30), "Việc thu hồi tài sản chậm, cần chỉ đạo");
			}
		}
	}

	/** What each stage brings: defendants in investigation, their judgment at trial, recoveries on enforcement. */
	private void progress(long id, Stage stage, LocalDate day, CaseDetails details, BigDecimal damage, Random random) {
		switch (stage) {
			case INVESTIGATING -> {
				List<String> persons = new ArrayList<>();
				for (int d = 1 + random.nextInt(4); d > 0; d--) {
					String person = random.nextInt(3) == 0 ? String.format("P%06d", 1 + random.nextInt(3000)) : null;
					if (person != null && persons.contains(person)) {
						continue;
					}
					persons.add(person);
					LocalDate prosecuted = day.plusDays(random.nextInt(20));
					handling.addDefendant(id, new NewDefendant(person,
							person == null ? DemoCaseTexts.name(random) : null, DemoCaseTexts.charge(random),
							random.nextBoolean() ? CustodyMeasure.TEMPORARY_DETENTION : CustodyMeasure.RESIDENCE_BAN,
							prosecuted.isAfter(LocalDate.now()) ? day : prosecuted, null, null));
				}
				if (details.damage() == null) {
					handling.assessDamage(id, damage);
				}
				handling.recordRecovery(id, day, share(damage, 5, random), "Tạm giữ tiền, tài sản của bị can");
			}
			case FIRST_INSTANCE_TRIAL -> details.defendants().forEach(x -> handling.changeDefendant(id, x.id(),
					new DefendantChange(CustodyMeasure.NONE, null, random.nextInt(4) == 0 ? DefendantOutcome.SUSPENDED
							: DefendantOutcome.CONVICTED, (2 + random.nextInt(15)) + " năm tù")));
			case ENFORCEMENT -> handling.recordRecovery(id, day, share(damage, 2, random),
					"Thi hành án: nộp lại tiền khắc phục hậu quả");
			default -> {
			}
		}
	}

	/** Up to 1/{@code parts} of the damage, to the thousand đồng. */
	private static BigDecimal share(BigDecimal damage, int parts, Random random) {
		long thousands = damage.longValue() / 1000 / parts;
		return BigDecimal.valueOf(1000L * (1 + random.nextLong(Math.max(thousands, 1))));
	}
}
