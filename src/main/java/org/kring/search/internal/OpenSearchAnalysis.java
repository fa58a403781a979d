package org.kring.search.internal;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * {@link SearchAnalysis}'s twin for an index in OpenSearch (or Elasticsearch), set by the
 * {@code opensearch} profile: the same analyser names, each made of the server's built-in
 * tokenizer and filters that do what the Lucene ones do, in the same order. Filters that
 * need a parameter are defined here under a name of their own.
 */
public class OpenSearchAnalysis implements ElasticsearchAnalysisConfigurer {

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		context.tokenFilter("kring_english_possessive").type("stemmer").param("language", "possessive_english");
		context.tokenFilter("kring_dutch_kp").type("snowball").param("language", "Kp");
		// Lucene's elision filter takes French's articles, in any case, when it is given
		// none; said here, as the server's default differs
		context.tokenFilter("kring_french_elision")
			.type("elision")
			.param("articles", "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu")
			.param("articles_case", true);
		context.tokenFilter("kring_french_light_stem").type("stemmer").param("language", "light_french");
		context.tokenFilter("kring_arabic_stem").type("stemmer").param("language", "arabic");

		context.analyzer("plain").custom().tokenizer("standard").tokenFilters("lowercase", "asciifolding");
		context.analyzer("en")
			.custom()
			.tokenizer("standard")
			.tokenFilters("kring_english_possessive", "lowercase", "asciifolding", "porter_stem");
		context.analyzer("nl")
			.custom()
			.tokenizer("standard")
			.tokenFilters("lowercase", "asciifolding", "kring_dutch_kp");
		context.analyzer("fr")
			.custom()
			.tokenizer("standard")
			.tokenFilters("kring_french_elision", "lowercase", "asciifolding", "kring_french_light_stem");
		context.analyzer("ar")
			.custom()
			.tokenizer("standard")
			.tokenFilters("lowercase", "decimal_digit", "arabic_normalization", "kring_arabic_stem");
	}

}
