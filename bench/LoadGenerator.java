import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 * comparable on the same machine.
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
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		run(http, targets, clients, warmup, false);
		Result result = run(http, targets, clients, seconds, true);
		result.print(seconds);
	}

	private static Result run(HttpClient http, List<URI> targets, int clients, int seconds, boolean measure)
			throws InterruptedException {
		Result result = new Result();
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
						if (measure) {
							result.record(status, System.nanoTime() - start);
						}
					}
				});
			}
		}
		finally {
			pool.shutdown();
			pool.awaitTermination(seconds + 60L, java.util.concurrent.TimeUnit.SECONDS);
		}
		return result;
	}

	private static final class Result {

		private final List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());

		private final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();

		void record(int status, long nanos) {
			this.latencies.add(nanos);
			this.statuses.computeIfAbsent(status, (s) -> new AtomicLong()).incrementAndGet();
		}

		void print(int seconds) {
			long[] sorted = this.latencies.stream().mapToLong(Long::longValue).toArray();
			Arrays.sort(sorted);
			System.out.printf("requests: %d in %d s = %.1f/s%n", sorted.length, seconds,
					sorted.length / (double) seconds);
			if (sorted.length > 0) {
				System.out.printf("latency ms: p50 %.1f, p95 %.1f, p99 %.1f, max %.1f%n", millis(sorted, 0.50),
						millis(sorted, 0.95), millis(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
			}
			System.out.println("status codes: " + new TreeMap<>(this.statuses));
		}

		private static double millis(long[] sorted, double quantile) {
			int index = Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1);
			return sorted[Math.max(0, index)] / 1e6;
		}

	}

}
