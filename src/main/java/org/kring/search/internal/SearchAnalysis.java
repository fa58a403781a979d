package org.kring.search.internal;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analysers the index's text fields use (their names are
 * {@link org.kring.system.search.SearchFields#ANALYSERS}): one per language, with its
 * stemming and normalisation, so that a plural or an inflected form finds the word, and a
 * plain one that only folds case and accents, for names and words of other languages.
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer("plain").custom().tokenizer("standard").tokenFilter("lowercase").tokenFilter("asciiFolding");
		context.analyzer("en")
			.custom()
			.tokenizer("standard")
			.tokenFilter("englishPossessive")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding")
			.tokenFilter("porterStem");
		// Dutch: Kraaij-Pohlmann, which brings plurals such as "taalcursussen" back to
		// their singular; Snowball's Dutch stemmer leaves them a letter apart.
		context.analyzer("nl")
			.custom()
			.tokenizer("standard")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding")
			.tokenFilter("snowballPorter")
			.param("language", "Kp");
		context.analyzer("fr")
			.custom()
			.tokenizer("standard")
			.tokenFilter("elision")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding")
			.tokenFilter("frenchLightStem");
		// Arabic: no case, and folding would strip letters; normalisation unifies the
		// forms of alef, yeh and teh marbuta and drops diacritics before stemming.
		context.analyzer("ar")
			.custom()
			.tokenizer("standard")
			.tokenFilter("lowercase")
			.tokenFilter("decimalDigit")
			.tokenFilter("arabicNormalization")
			.tokenFilter("arabicStem");
	}

}
