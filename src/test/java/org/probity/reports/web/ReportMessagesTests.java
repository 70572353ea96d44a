package org.probity.reports.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.probity.discipline.DisciplineFigures;
import org.probity.discipline.Form;
import org.probity.oversight.OversightFigures;
import org.probity.petitions.PetitionFigures;
import org.probity.petitions.PetitionKind;
import org.probity.reports.CaseFigures;
import org.probity.reports.Figure;
import org.probity.reports.OversightReport;
import org.probity.reports.SteeringCounts;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The report names figures, sections and presets through keys built at run time, which the shared check cannot see. */
class ReportMessagesTests {

	static final Locale VI = Locale.forLanguageTag("vi");

	static OversightReport seed002() {
		Map<Form, Long> forms = new EnumMap<>(Form.class);
		for (Form form : Form.values()) {
			forms.put(form, 0L);
		}
		Map<PetitionKind, Long> kinds = new EnumMap<>(PetitionKind.class);
		for (PetitionKind kind : PetitionKind.values()) {
			kinds.put(kind, 0L);
		}
		return new OversightReport("HL", "Thành ủy Hạ Long", LocalDate.of(2020, 10, 1), LocalDate.of(2025, 9, 30),
				new OversightFigures.Figures(new OversightFigures.Targets(2396, 16106),
						new OversightFigures.Targets(1296, 9532)),
				new DisciplineFigures.Figures(8, 327, forms),
				new PetitionFigures.Figures(59870, 58000, 57000, 1234, kinds, 600, 120, 1000), new CaseFigures(155, 848, 1884),
				new SteeringCounts(612, 140, 3, 95, 2), Map.of());
	}

	static ResourceBundleMessageSource bundles() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	@Test
	void everyFigureSectionAndPresetHasALabelInEveryBundle() {
		ResourceBundleMessageSource messages = bundles();
		messages.setUseCodeAsDefaultMessage(false);
		for (Locale locale : new Locale[] { Locale.ENGLISH, VI }) {
			for (Figure figure : seed002().figures()) {
				assertThat(messages.getMessage(figure.label(), null, locale)).as(figure.label()).isNotBlank();
				assertThat(messages.getMessage("reports.section." + figure.section(), null, locale)).isNotBlank();
			}
			for (ReportPeriod period : ReportPeriod.values()) {
				assertThat(messages.getMessage("reports.preset." + period.name(), new Object[] { 2020, 2025 }, locale))
					.doesNotContain("2,020").doesNotContain("2.020");
			}
		}
		assertThat(seed002().figures()).hasSize(30);
	}

	@Test
	void theNarrativeWritesNumbersAsEachLanguageDoes() {
		ReportNarrative narrative = new ReportNarrative(bundles());
		assertThat(narrative.of(seed002(), Locale.ENGLISH)).isEqualTo("Committees at all levels inspected and supervised "
				+ "2,396 party organisations and 16,106 members; inspection commissions at all levels 1,296 organisations "
				+ "and 9,532 members; 8 organisations and 327 members were disciplined. 59,870 petitions were received "
				+ "(58,000 matters), 57,000 were handled and 1,234 are overdue. 155 corruption cases were under "
				+ "monitoring and direction, with 848 prosecutions and 1,884 defendants.");
		assertThat(narrative.of(seed002(), VI)).isEqualTo("Cấp ủy các cấp đã kiểm tra, giám sát 2.396 tổ chức đảng và "
				+ "16.106 đảng viên; ủy ban kiểm tra các cấp kiểm tra, giám sát 1.296 tổ chức đảng và 9.532 đảng viên; "
				+ "đã thi hành kỷ luật 8 tổ chức đảng và 327 đảng viên. Tiếp nhận 59.870 đơn thư (58.000 vụ việc), đã "
				+ "giải quyết 57.000 đơn, quá hạn 1.234 đơn. Theo dõi, chỉ đạo 155 vụ án tham nhũng; khởi tố 848 vụ án "
				+ "với 1.884 bị can.");
		assertThat(narrative.period(seed002(), VI)).isEqualTo("Từ ngày 01/10/2020 đến ngày 30/09/2025");
		assertThat(narrative.period(seed002(), Locale.ENGLISH)).isEqualTo("From 1 Oct 2020 to 30 Sep 2025");
	}
}
