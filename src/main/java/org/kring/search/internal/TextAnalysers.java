package org.kring.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.SearchException;
import org.kring.system.search.SearchFields;

import org.springframework.stereotype.Component;

/**
 * The index's analysers at hand in this JVM, to find in a result's text the words a query
 * matched: the very analysers of the embedded index, or, when the index lives elsewhere
 * (OpenSearch), one that folds case and accents for them all.
 */
@Component
class TextAnalysers {

	private final EntityManagerFactory entityManagerFactory;

	private final Map<String, Analyzer> byName = new ConcurrentHashMap<>();

	TextAnalysers(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	/**
	 * The words of a text as an analyser makes them, with where each stands.
	 * @param analyser one of {@link SearchFields#ANALYSERS}
	 * @param text the text
	 * @return its tokens in order
	 */
	List<Token> tokens(String analyser, String text) {
		List<Token> tokens = new ArrayList<>();
		try (TokenStream stream = analyser(analyser).tokenStream("", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

	private Analyzer analyser(String name) {
		return this.byName.computeIfAbsent(name, this::find);
	}

	private Analyzer find(String name) {
		try {
			return Search.mapping(this.entityManagerFactory)
				.backend()
				.unwrap(LuceneBackend.class)
				.analyzer(name)
				.orElseThrow(() -> new IllegalArgumentException("No analyser " + name));
		}
		catch (SearchException notLucene) {
			return folding();
		}
	}

	private static Analyzer folding() {
		try {
			return CustomAnalyzer.builder()
				.withTokenizer("standard")
				.addTokenFilter("lowercase")
				.addTokenFilter("asciiFolding")
				.build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A word as analysed, and where it stands in the text.
	 *
	 * @param term the analysed word
	 * @param start its first character's offset
	 * @param end the offset after its last character
	 */
	record Token(String term, int start, int end) {
	}

}
