package org.kring.practice.web;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.kring.organisation.FieldName;
import org.kring.organisation.FieldVocabulary;
import org.kring.practice.internal.Benchmark;
import org.kring.practice.internal.BenchmarkCount;
import org.kring.practice.internal.BenchmarkQueries;
import org.kring.system.i18n.Countries;
import org.kring.system.web.Csv;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * The cross-country benchmark of published practices, for everyone, as a page and as
 * comma-separated values with the same filters. A filter that cannot be read is answered
 * with 422 and its message next to it.
 */
@Controller
class BenchmarkController {

	static final String PATH = "/practices/benchmark";

	static final String CSV = "/practices/benchmark.csv";

	static final String VIEW = "practice/benchmark";

	private final BenchmarkQueries queries;

	private final FieldVocabulary vocabulary;

	private final MessageSource messages;

	BenchmarkController(BenchmarkQueries queries, FieldVocabulary vocabulary, MessageSource messages) {
		this.queries = queries;
		this.vocabulary = vocabulary;
		this.messages = messages;
	}

	@GetMapping(PATH)
	ModelAndView benchmark(@RequestParam(required = false) @Nullable String targetGroup,
			@RequestParam(required = false) @Nullable String year, Locale locale, HttpServletResponse response) {
		BenchmarkPage page = page(BenchmarkQuery.of(targetGroup, year), locale, response);
		return new ModelAndView(VIEW, Map.of("page", page));
	}

	@GetMapping(CSV)
	ResponseEntity<byte[]> csv(@RequestParam(required = false) @Nullable String targetGroup,
			@RequestParam(required = false) @Nullable String year, Locale locale, HttpServletResponse response) {
		BenchmarkPage page = page(BenchmarkQuery.of(targetGroup, year), locale, response);
		if (page.hasErrors()) {
			throw new PageRejected(new ModelAndView(VIEW, Map.of("page", page)));
		}
		return csv(page, locale).download("practice-benchmark.csv");
	}

	@ExceptionHandler
	@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
	ModelAndView rejected(PageRejected rejected) {
		return rejected.page();
	}

	private BenchmarkPage page(BenchmarkQuery query, Locale locale, HttpServletResponse response) {
		if (!query.errors().isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		Benchmark benchmark = this.queries.benchmark(query.filter());
		return new BenchmarkPage(query, fields(benchmark, locale), countries(benchmark, locale), benchmark);
	}

	// Fields in the catalogue's order; a retired field that still has practices comes
	// last,
	// under its code.
	private List<BenchmarkPage.Named> fields(Benchmark benchmark, Locale locale) {
		Map<String, String> names = this.vocabulary.all(locale)
			.stream()
			.collect(Collectors.toMap(FieldName::code, FieldName::name, (a, b) -> a, LinkedHashMap::new));
		List<BenchmarkPage.Named> rows = new ArrayList<>();
		names.forEach((code, name) -> {
			if (benchmark.fields().contains(code)) {
				rows.add(new BenchmarkPage.Named(code, name));
			}
		});
		benchmark.fields()
			.stream()
			.filter((code) -> !names.containsKey(code))
			.sorted()
			.forEach((code) -> rows.add(new BenchmarkPage.Named(code, code)));
		return rows;
	}

	private static List<BenchmarkPage.Named> countries(Benchmark benchmark, Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return benchmark.countries()
			.stream()
			.map((code) -> new BenchmarkPage.Named(code, Countries.name(code, locale)))
			.sorted(Comparator.comparing(BenchmarkPage.Named::name, collator))
			.toList();
	}

	private Csv csv(BenchmarkPage page, Locale locale) {
		Csv csv = new Csv().row(List.of(text("benchmark.csv.field", locale), text("benchmark.csv.country", locale),
				text("benchmark.csv.practices", locale), text("benchmark.csv.mean", locale),
				text("benchmark.csv.scores", locale)));
		Benchmark benchmark = page.benchmark();
		String all = text("benchmark.total", locale);
		for (BenchmarkPage.Named field : page.fields()) {
			for (BenchmarkPage.Named country : page.countries()) {
				csv.row(cells(field.name(), country.name(), benchmark.cell(field.code(), country.code())));
			}
			csv.row(cells(field.name(), all, benchmark.field(field.code())));
		}
		for (BenchmarkPage.Named country : page.countries()) {
			csv.row(cells(all, country.name(), benchmark.country(country.code())));
		}
		csv.row(cells(all, all, benchmark.total()));
		return csv;
	}

	private static List<@Nullable String> cells(String field, String country, BenchmarkCount count) {
		Double mean = count.mean();
		return List.of(field, country, Long.toString(count.practices()),
				(mean != null) ? String.format(Locale.ROOT, "%.2f", mean) : "", Long.toString(count.scores()));
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
