import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Search latency of a running Kring: a fixed set of realistic queries (single words,
 * stemmed forms, two-word phrases, typos, Arabic, with and without a type or country
 * filter) against {@code /api/v1/search}, first by one client, then by several at once,
 * after a warm-up. Prints p50, p95, p99 and max per query and overall. Meant for the
 * {@code bench} instance (README, "Benchmarks"); needs nothing but a JDK, and the
 * neighbouring {@code LoadGenerator.java}:
 *
 * <pre>
 * java bench/SearchBenchmark.java [--base http://localhost:8080] [--clients 4]
 *     [--seconds 20] [--warmup 10] [--page]
 * </pre>
 *
 * {@code --page} measures the HTML page {@code /search} as well.
 */
public class SearchBenchmark {

	private static final Pattern TOTAL = Pattern.compile("\"totalItems\"\\s*:\\s*(\\d+)");

	/** Name and query string (after {@code ?}) of each query. */
	private static final Map<String, String> QUERIES = queries();

	private static Map<String, String> queries() {
		Map<String, String> queries = new LinkedHashMap<>();
		queries.put("nl word", "q=taalcafé");
		queries.put("nl stemmed", "q=vrijwilliger");
		queries.put("nl two words", "q=werkplekleren vluchtelingen");
		queries.put("nl typo", "q=vrijwiligers");
		queries.put("en word", "q=housing");
		queries.put("en stemmed", "q=volunteering");
		queries.put("en phrase", "q=\"young people\"");
		queries.put("fr word", "q=logement");
		queries.put("fr two words", "q=demandeurs d’asile");
		queries.put("fr typo", "q=acompagnement");
		queries.put("ar word", "q=المتطوعون");
		queries.put("ar two words", "q=مقهى اللغة");
		queries.put("type filter", "q=coaching&type=practice");
		queries.put("country filter", "q=refugees&country=BE");
		queries.put("type+country", "q=taalcafé&type=practice&country=NL");
		queries.put("publications", "q=handbook&type=publication");
		queries.put("rare place", "q=Malmö");
		return queries;
	}

	public static void main(String[] args) throws Exception {
		String base = "http://localhost:8080";
		int clients = 4;
		int seconds = 20;
		int warmup = 10;
		boolean page = false;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--base" -> base = args[++i].replaceAll("/$", "");
				case "--clients" -> clients = Integer.parseInt(args[++i]);
				case "--seconds" -> seconds = Integer.parseInt(args[++i]);
				case "--warmup" -> warmup = Integer.parseInt(args[++i]);
				case "--page" -> page = true;
				default -> {
					System.err.println("usage: java bench/SearchBenchmark.java [--base URL] [--clients N]"
							+ " [--seconds S] [--warmup W] [--page]");
					System.exit(2);
				}
			}
		}
		HttpClient http = LoadGenerator.client();
		Map<URI, String> names = new LinkedHashMap<>();
		for (var query : QUERIES.entrySet()) {
			names.put(uri(base, "/api/v1/search", query.getValue()), query.getKey());
			if (page) {
				names.put(uri(base, "/search", query.getValue()), query.getKey() + " (page)");
			}
		}
		List<URI> targets = new ArrayList<>(names.keySet());
		System.out.println("Results per query (API, first page):");
		for (var entry : names.entrySet()) {
			if (entry.getKey().getPath().startsWith("/api/")) {
				System.out.printf("  %-22s %s%n", entry.getValue(), total(http, entry.getKey()));
			}
		}
		System.out.printf("Warm-up: %d s with %d clients%n", warmup, clients);
		LoadGenerator.run(http, targets, clients, warmup);
		for (int concurrency : List.of(1, clients)) {
			var results = LoadGenerator.run(http, targets, concurrency, seconds);
			System.out.printf("%n%d client(s), %d s:%n", concurrency, seconds);
			System.out.printf("  %-22s %8s %8s %8s %8s %8s%n", "query", "requests", "p50 ms", "p95 ms", "p99 ms",
					"max ms");
			for (URI target : targets) {
				print(names.get(target), results.get(target));
			}
			LoadGenerator.Latencies all = LoadGenerator.Latencies.merged(results.values());
			print("overall", all);
			System.out.printf("  %.1f requests/s, status codes %s%n", all.count() / (double) seconds, all.statuses());
			if (!all.statuses().keySet().equals(java.util.Set.of(200))) {
				System.out.println("  WARNING: not every answer was 200, so these figures do not measure the search");
			}
		}
	}

	private static void print(String name, LoadGenerator.Latencies latencies) {
		double[] ms = latencies.millis();
		System.out.printf("  %-22s %8d %8.1f %8.1f %8.1f %8.1f%n", name, latencies.count(), ms[0], ms[1], ms[2],
				ms[3]);
	}

	private static String total(HttpClient http, URI target) {
		try {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(target).build(),
					HttpResponse.BodyHandlers.ofString());
			Matcher total = TOTAL.matcher(response.body());
			return (response.statusCode() == 200 && total.find()) ? total.group(1) + " results"
					: "status " + response.statusCode();
		}
		catch (Exception ex) {
			return "failed: " + ex;
		}
	}

	private static URI uri(String base, String path, String query) {
		StringBuilder encoded = new StringBuilder();
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			encoded.append(encoded.isEmpty() ? "?" : "&")
				.append(pair, 0, equals + 1)
				.append(URLEncoder.encode(pair.substring(equals + 1), StandardCharsets.UTF_8));
		}
		return URI.create(base + path + encoded);
	}

}
