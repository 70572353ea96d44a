package org.probity.reports.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.probity.reports.Bar;
import org.probity.reports.Chart;
import org.probity.reports.Dashboard;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Lays a dashboard's charts out as horizontal bar charts for server-side SVG: labels, numbers written per locale,
 * and each bar's place. Right to left the picture is mirrored (labels on the right, bars growing leftwards), while
 * the text anchors stay as they are, since SVG text takes its direction from the page.
 */
@Component
class DashboardCharts {

	static final int WIDTH = 640;

	static final int LABEL = 250;

	static final int AREA = 230;

	static final int ROW = 30;

	/** One chart as drawn: its title and height, and its bars. */
	record ChartView(String key, String title, int height, List<BarView> bars) {
	}

	/** Labels longer than this are cut in the picture; the tooltip, the text alternative and the table hold them whole. */
	static final int LABEL_CHARACTERS = 28;

	/** One bar as drawn: {@code trackX} and {@code AREA} frame a share's whole. */
	record BarView(String key, String label, long value, String shown, String link, int y, int labelX, int barX,
			int barWidth, int valueX, int trackX, boolean share) {

		public String shortLabel() {
			return label.length() <= LABEL_CHARACTERS ? label : label.substring(0, LABEL_CHARACTERS - 1).strip() + "…";
		}
	}

	private final MessageSource messages;

	DashboardCharts(MessageSource messages) {
		this.messages = messages;
	}

	List<ChartView> of(Dashboard dashboard, Locale locale, boolean rtl) {
		return dashboard.charts().stream().map(chart -> view(chart, locale, rtl)).toList();
	}

	private ChartView view(Chart chart, Locale locale, boolean rtl) {
		List<Bar> bars = chart.bars();
		List<BarView> views = new ArrayList<>();
		for (int i = 0; i < bars.size(); i++) {
			Bar bar = bars.get(i);
			int width = (int) Math.min(AREA, bar.value() * AREA / chart.scaleOf(bar));
			int y = i * ROW;
			int barStart = rtl ? WIDTH - LABEL - width : LABEL;
			// a share's number follows its whole (the track), a count's its bar
			int reach = bar.outOf() != null ? AREA : width;
			int valueX = rtl ? WIDTH - LABEL - reach - 6 : LABEL + reach + 6;
			views.add(new BarView(bar.key(), label(chart.key(), bar, locale), bar.value(), shown(bar, locale),
					bar.link(), y, rtl ? WIDTH - LABEL + 8 : LABEL - 8, barStart, width, valueX,
					rtl ? WIDTH - LABEL - AREA : LABEL, bar.outOf() != null));
		}
		return new ChartView(chart.key(), messages.getMessage("dashboard.chart." + chart.key(), null, locale),
				Math.max(ROW, bars.size() * ROW), views);
	}

	private String label(String chart, Bar bar, Locale locale) {
		if (bar.label() != null) {
			return bar.label();
		}
		return switch (chart) {
			case "petitionsByMonth" -> bar.key().contains("-") ? month(bar.key(), locale) : bar.key();
			case "petitionsByKind" -> text("petition.kind." + bar.key(), locale);
			case "petitionsByStatus" -> text("petition.status." + bar.key(), locale);
			case "disciplineByForm" -> text("discipline.form." + bar.key(), locale);
			case "casesByStage" -> text("cases.stage." + bar.key(), locale);
			case "plan" -> text("planItems.progress." + bar.key(), locale);
			default -> text("dashboard." + chart + "." + bar.key(), locale);
		};
	}

	private static String month(String key, Locale locale) {
		YearMonth month = YearMonth.parse(key);
		return month.getMonth().getDisplayName(TextStyle.SHORT_STANDALONE, locale) + " " + month.getYear();
	}

	/** The count, or for a share "achieved / planned (percent)". */
	private String shown(Bar bar, Locale locale) {
		NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
		if (bar.outOf() == null) {
			return numbers.format(bar.value());
		}
		BigDecimal percent = bar.outOf() == 0 ? BigDecimal.ZERO
				: BigDecimal.valueOf(bar.value() * 100).divide(BigDecimal.valueOf(bar.outOf()), 1, RoundingMode.HALF_UP);
		NumberFormat decimals = NumberFormat.getNumberInstance(locale);
		decimals.setMinimumFractionDigits(1);
		decimals.setMaximumFractionDigits(1);
		return messages.getMessage("dashboard.share", new Object[] { numbers.format(bar.value()),
				numbers.format(bar.outOf()), decimals.format(percent) }, locale);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
