package org.probity.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.probity.shared.search.SearchFields;

/**
 * The {@value SearchFields#FOLDED} analyzer, the same on Lucene and on OpenSearch: words, lower case, combining marks
 * dropped (text typed in decomposed form) and the rest folded to ASCII, {@code đ} included, so "tham nhung" finds
 * "tham nhũng". Public because Hibernate Search instantiates it by class name.
 */
public class FoldedAnalysis implements LuceneAnalysisConfigurer, ElasticsearchAnalysisConfigurer {

	private static final String MARKS = "\\p{Mn}+";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(SearchFields.FOLDED)
			.custom()
			.tokenizer("standard")
			.charFilter("patternReplace")
			.param("pattern", MARKS)
			.param("replacement", "")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding");
	}

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		context.charFilter("marks").type("pattern_replace").param("pattern", MARKS).param("replacement", "");
		context.analyzer(SearchFields.FOLDED)
			.custom()
			.tokenizer("standard")
			.charFilters("marks")
			.tokenFilters("lowercase", "asciifolding");
	}
}
