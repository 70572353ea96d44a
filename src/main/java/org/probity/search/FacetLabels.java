package org.probity.search;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.probity.search.SearchResults.Facet;
import org.probity.units.UnitManagement;
import org.probity.units.UnitView;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Names facet values in the reader's language: types and statuses from the bundles ({@code search.type.*},
 * {@code search.status.*}, the value itself when a module has not named it yet), units by their names.
 */
@Component
class FacetLabels {

	private final MessageSource messages;

	private final UnitManagement units;

	FacetLabels(MessageSource messages, UnitManagement units) {
		this.messages = messages;
		this.units = units;
	}

	List<Facet> types(Map<String, Long> counts) {
		return named(counts, "search.type.");
	}

	List<Facet> statuses(Map<String, Long> counts) {
		return named(counts, "search.status.");
	}

	List<Facet> units(Map<String, Long> counts) {
		Map<String, UnitView> known = units.findAll(counts.keySet());
		return counts.entrySet()
			.stream()
			.map(count -> new Facet(count.getKey(),
					known.containsKey(count.getKey()) ? known.get(count.getKey()).name() : count.getKey(),
					count.getValue()))
			.toList();
	}

	List<Facet> years(Map<Integer, Long> counts) {
		return counts.entrySet()
			.stream()
			.sorted(Map.Entry.<Integer, Long>comparingByKey(Comparator.reverseOrder()))
			.map(count -> new Facet(String.valueOf(count.getKey()), String.valueOf(count.getKey()), count.getValue()))
			.toList();
	}

	private List<Facet> named(Map<String, Long> counts, String prefix) {
		return counts.entrySet()
			.stream()
			.map(count -> new Facet(count.getKey(), messages.getMessage(prefix + count.getKey(), null, count.getKey(),
					LocaleContextHolder.getLocale()), count.getValue()))
			.toList();
	}
}
