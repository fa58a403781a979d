import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small load generator for a running Kring: several clients request the given pages
 * in turn for a while, then it prints throughput, latency percentiles and the status
 * codes seen. No dependencies, run with the JDK's source launcher:
 *
 * <pre>
 * java bench/LoadGenerator.java [--clients 8] [--seconds 30] [--warmup 5] URL...
 * </pre>
 *
 * For example, the expert finder and the experts API of the demo instance:
 *
 * <pre>
 * java bench/LoadGenerator.java --clients 8 --seconds 30 \
 *     "http://localhost:8080/experts?field=education&amp;language=en" \
 *     "http://localhost:8080/api/v1/experts?field=health-care"
 * </pre>
 *
 * Requests are anonymous, so they measure the public pages; the numbers are only
 * comparable on the same machine. {@code SearchBenchmark} reuses {@link #run} and
 * {@link Latencies}.
 */
public class LoadGenerator {

	public static void main(String[] args) throws Exception {
		int clients = 8;
		int seconds = 30;
		int warmup = 5;
		List<URI> targets = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--clients" -> clients = Integer.parseInt(args[++i]);
				case "--seconds" -> seconds = Integer.parseInt(args[++i]);
				case "--warmup" -> warmup = Integer.parseInt(args[++i]);
				default -> targets.add(URI.create(args[i]));
			}
		}
		if (targets.isEmpty()) {
			System.err.println("usage: java bench/LoadGenerator.java [--clients N] [--seconds S] [--warmup W] URL...");
			System.exit(2);
		}
		HttpClient http = client();
		run(http, targets, clients, warmup);
		Latencies result = Latencies.merged(run(http, targets, clients, seconds).values());
		System.out.printf("requests: %d in %d s = %.1f/s%n", result.count(), seconds, result.count() / (double) seconds);
		if (result.count() > 0) {
			System.out.println("latency ms: " + result.percentiles());
		}
		System.out.println("status codes: " + result.statuses());
	}

	static HttpClient client() {
		return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	}

	/**
	 * Lets the clients request the targets in turn for a while.
	 * @return the latencies seen, per target
	 */
	static Map<URI, Latencies> run(HttpClient http, List<URI> targets, int clients, int seconds)
			throws InterruptedException {
		Map<URI, Latencies> results = new ConcurrentHashMap<>();
		targets.forEach((target) -> results.put(target, new Latencies()));
		long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		try {
			for (int c = 0; c < clients; c++) {
				int first = c;
				pool.submit(() -> {
					int next = first;
					while (System.nanoTime() < end) {
						URI target = targets.get(next++ % targets.size());
						long start = System.nanoTime();
						int status;
						try {
							status = http.send(HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(30)).build(),
									HttpResponse.BodyHandlers.discarding())
								.statusCode();
						}
						catch (Exception ex) {
							status = -1;
						}
						results.get(target).record(status, System.nanoTime() - start);
					}
				});
			}
		}
		finally {
			pool.shutdown();
			pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
		}
		return results;
	}

	/** Latencies and status codes of requests, recorded by several clients at once. */
	static final class Latencies {

		private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());

		private final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();

		static Latencies merged(Collection<Latencies> parts) {
			Latencies all = new Latencies();
			parts.forEach((part) -> {
				all.nanos.addAll(part.nanos);
				part.statuses.forEach((status, count) -> all.statuses.computeIfAbsent(status, (s) -> new AtomicLong())
					.addAndGet(count.get()));
			});
			return all;
		}

		void record(int status, long nanos) {
			this.nanos.add(nanos);
			this.statuses.computeIfAbsent(status, (s) -> new AtomicLong()).incrementAndGet();
		}

		int count() {
			return this.nanos.size();
		}

		Map<Integer, AtomicLong> statuses() {
			return new TreeMap<>(this.statuses);
		}

		/** p50, p95, p99 and max in milliseconds. */
		double[] millis() {
			long[] sorted = this.nanos.stream().mapToLong(Long::longValue).toArray();
			Arrays.sort(sorted);
			if (sorted.length == 0) {
				return new double[4];
			}
			return new double[] { quantile(sorted, 0.50), quantile(sorted, 0.95), quantile(sorted, 0.99),
					sorted[sorted.length - 1] / 1e6 };
		}

		String percentiles() {
			double[] ms = millis();
			return String.format("p50 %.1f, p95 %.1f, p99 %.1f, max %.1f", ms[0], ms[1], ms[2], ms[3]);
		}

		private static double quantile(long[] sorted, double quantile) {
			int index = Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1);
			return sorted[Math.max(0, index)] / 1e6;
		}

	}

}
