package org.kring.demo.bench;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much generated knowledge the {@code bench} profile loads, under
 * {@code kring.bench}. Loaded only when the database holds almost no practices yet.
 *
 * @param practices how many published practices to generate
 * ({@code KRING_BENCH_PRACTICES}); 0 for none
 * @param publications how many publications to generate
 * ({@code KRING_BENCH_PUBLICATIONS}); 0 for none
 */
@ConfigurationProperties("kring.bench")
public record BenchSettings(int practices, int publications) {
}
