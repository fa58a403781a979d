package org.kring.search.internal;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.hibernate.search.backend.elasticsearch.ElasticsearchDistributionName;
import org.hibernate.search.backend.elasticsearch.ElasticsearchVersion;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.junit.jupiter.api.Test;
import org.kring.system.search.SearchFields;

import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code opensearch} profile without an OpenSearch server: its settings resolve to
 * the Elasticsearch backend speaking to OpenSearch, with an analysis configurer that
 * defines the same analysers as the Lucene one out of the same filters; without the
 * profile the index stays the embedded Lucene one.
 */
class OpenSearchProfileTests {

	private static final String BACKEND = "spring.jpa.properties.hibernate.search.backend.";

	/**
	 * Each Lucene filter of {@link SearchAnalysis} and the OpenSearch filter that does
	 * the same.
	 */
	private static final Map<String, String> TWINS = Map.of("lowercase", "lowercase", "asciiFolding", "asciifolding",
			"porterStem", "porter_stem", "decimalDigit", "decimal_digit", "arabicNormalization", "arabic_normalization",
			"englishPossessive", "stemmer{language=possessive_english}", "frenchLightStem",
			"stemmer{language=light_french}", "arabicStem", "stemmer{language=arabic}", "snowballPorter{language=Kp}",
			"snowball{language=Kp}", "elision",
			"elision{articles=[l, m, t, qu, n, s, j, d, c, jusqu, quoiqu, lorsqu, puisqu], articles_case=true}");

	@Test
	void theProfileSelectsTheOpenSearchBackendWithItsAnalysisAndTheSettingsDefaults() throws Exception {
		StandardEnvironment environment = environment(Map.of(), "opensearch");
		assertThat(environment.getProperty(BACKEND + "type")).isEqualTo("elasticsearch");
		assertThat(ElasticsearchVersion.of(environment.getProperty(BACKEND + "version")).distribution())
			.isEqualTo(ElasticsearchDistributionName.OPENSEARCH);
		assertThat(configurer(environment)).isEqualTo(OpenSearchAnalysis.class);
		assertThat(ElasticsearchAnalysisConfigurer.class).isAssignableFrom(OpenSearchAnalysis.class);
		// no coordination that needs a module the build does not have
		assertThat(environment.getProperty("spring.jpa.properties.hibernate.search.coordination.strategy")).isNull();
		SearchSettings.OpenSearch defaults = Binder.get(environment)
			.bindOrCreate("kring.search", Bindable.of(SearchSettings.class))
			.opensearch();
		assertThat(environment.getProperty(BACKEND + "hosts")).isEqualTo(defaults.hosts());
		assertThat(environment.getProperty(BACKEND + "protocol")).isEqualTo(defaults.protocol());
		assertThat(environment.getProperty(BACKEND + "version")).isEqualTo(defaults.version());
		assertThat(environment.getProperty(BACKEND + "username")).isEmpty();
	}

	@Test
	void theClusterIsSetThroughEnvironmentVariables() {
		StandardEnvironment environment = environment(Map.of("KRING_SEARCH_OPENSEARCH_HOSTS",
				"search-1.test:9200,search-2.test:9200", "KRING_SEARCH_OPENSEARCH_PROTOCOL", "http",
				"KRING_SEARCH_OPENSEARCH_USERNAME", "kring", "KRING_SEARCH_OPENSEARCH_PASSWORD", "secret",
				"KRING_SEARCH_OPENSEARCH_VERSION", "opensearch:2"), "opensearch");
		assertThat(environment.getProperty(BACKEND + "hosts")).isEqualTo("search-1.test:9200,search-2.test:9200");
		assertThat(environment.getProperty(BACKEND + "protocol")).isEqualTo("http");
		assertThat(environment.getProperty(BACKEND + "username")).isEqualTo("kring");
		assertThat(environment.getProperty(BACKEND + "password")).isEqualTo("secret");
		assertThat(ElasticsearchVersion.of(environment.getProperty(BACKEND + "version")).major()).isEqualTo(2);
		SearchSettings settings = Binder.get(environment).bindOrCreate("kring.search", SearchSettings.class);
		assertThat(settings.opensearch().toString()).contains("search-1.test").doesNotContain("secret");
	}

	@Test
	void withoutTheProfileTheIndexIsTheEmbeddedLuceneOne() throws Exception {
		StandardEnvironment environment = environment(Map.of());
		assertThat(environment.getProperty(BACKEND + "type")).isEqualTo("lucene");
		assertThat(configurer(environment)).isEqualTo(SearchAnalysis.class);
		assertThat(LuceneAnalysisConfigurer.class).isAssignableFrom(SearchAnalysis.class);
	}

	@Test
	void theOpenSearchAnalysersAreTheLuceneOnesMadeOfTheServersFilters() {
		List<Call> lucene = new ArrayList<>();
		new SearchAnalysis().configure(recorder(LuceneAnalysisConfigurationContext.class, lucene));
		List<Call> opensearch = new ArrayList<>();
		new OpenSearchAnalysis().configure(recorder(ElasticsearchAnalysisConfigurationContext.class, opensearch));
		Map<String, List<String>> luceneChains = luceneChains(lucene);
		Map<String, List<String>> openSearchChains = openSearchChains(opensearch);
		assertThat(openSearchChains.keySet()).containsExactlyInAnyOrderElementsOf(SearchFields.ANALYSERS);
		assertThat(luceneChains.keySet()).containsExactlyInAnyOrderElementsOf(SearchFields.ANALYSERS);
		luceneChains.forEach((name, chain) -> assertThat(openSearchChains.get(name)).as(name)
			.containsExactlyElementsOf(chain.stream()
				.map((step) -> step.startsWith("tokenizer:") ? step : TWINS.getOrDefault(step, "no twin for " + step))
				.toList()));
	}

	private static StandardEnvironment environment(Map<String, Object> variables, String... profiles) {
		StandardEnvironment environment = new StandardEnvironment();
		// only what the test gives, none of this machine's variables
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
		environment.getPropertySources()
			.addFirst(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					variables));
		ConfigDataEnvironmentPostProcessor.applyTo(environment, null, null, profiles);
		return environment;
	}

	private static Class<?> configurer(StandardEnvironment environment) throws ClassNotFoundException {
		String reference = environment.getProperty(BACKEND + "analysis.configurer", "");
		assertThat(reference).startsWith("class:");
		return Class.forName(reference.substring("class:".length()));
	}

	/** A context that records what a configurer asks of it, every step in order. */
	private static <T> T recorder(Class<T> type, List<Call> calls) {
		return type
			.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (proxy, method, args) -> {
				if (method.getDeclaringClass() == Object.class) {
					return (method.getName().equals("equals")) ? proxy == args[0]
							: (method.getName().equals("hashCode")) ? System.identityHashCode(proxy) : "recorder";
				}
				calls.add(new Call(method.getName(), (args != null) ? Arrays.stream(args).map((arg) -> {
					if (arg instanceof Object[] values) {
						return Arrays.toString(values);
					}
					return String.valueOf(arg);
				}).toList() : List.of()));
				return method.getReturnType().isInterface() ? recorder(method.getReturnType(), calls) : null;
			}));
	}

	/**
	 * Each Lucene analyser as its tokenizer and filters, each filter with its parameters.
	 */
	private static Map<String, List<String>> luceneChains(List<Call> calls) {
		Map<String, List<String>> chains = new LinkedHashMap<>();
		List<String> chain = new ArrayList<>();
		Map<String, String> params = new TreeMap<>();
		for (Call call : calls) {
			switch (call.method()) {
				case "analyzer" -> chains.put(call.args().get(0), chain = new ArrayList<>());
				case "tokenizer" -> chain.add("tokenizer:" + call.args().get(0));
				case "tokenFilter" -> {
					chain.add(call.args().get(0));
					params = new TreeMap<>();
				}
				case "param" -> {
					params.put(call.args().get(0), call.args().get(1));
					String last = chain.remove(chain.size() - 1);
					chain.add(last.replaceAll("\\{.*", "") + params);
				}
				default -> {
				}
			}
		}
		return chains;
	}

	/**
	 * Each OpenSearch analyser as its tokenizer and filters, a filter defined by the
	 * configurer as its type with its parameters.
	 */
	private static Map<String, List<String>> openSearchChains(List<Call> calls) {
		Map<String, String> filters = new LinkedHashMap<>();
		Map<String, List<String>> chains = new LinkedHashMap<>();
		String filter = null;
		Map<String, String> params = new TreeMap<>();
		List<String> chain = new ArrayList<>();
		for (Call call : calls) {
			switch (call.method()) {
				case "tokenFilter" -> {
					filter = call.args().get(0);
					params = new TreeMap<>();
				}
				case "type" -> filters.put(filter, call.args().get(0));
				case "param" -> {
					params.put(call.args().get(0), call.args().get(1));
					filters.put(filter, filters.get(filter).replaceAll("\\{.*", "") + params);
				}
				case "analyzer" -> chains.put(call.args().get(0), chain = new ArrayList<>());
				case "tokenizer" -> chain.add("tokenizer:" + call.args().get(0));
				case "tokenFilters" -> {
					for (String name : call.args().get(0).replaceAll("[\\[\\]]", "").split(", ")) {
						chain.add(filters.getOrDefault(name, name));
					}
				}
				default -> {
				}
			}
		}
		return chains;
	}

	private record Call(String method, List<String> args) {
	}

}
