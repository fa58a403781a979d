package org.kring.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kring.system.Http.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The packaged jar started the way production starts it, {@code java -jar}, with no
 * profile: it refuses to run without a database and runs cleanly with one. Run by
 * failsafe after packaging; uses the database of {@code KRING_DB_URL} when set (CI sets a
 * PostgreSQL one), else an H2 file database of its own.
 */
@Tag("database")
class ProductionJarTests {

	private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

	private static final Pattern STARTED_ON_PORT = Pattern.compile("started on port (\\d+)");

	@Test
	void refusesToStartWithoutADatabaseInOneLineNamingTheSetting() throws Exception {
		ProcessBuilder builder = new ProcessBuilder(java(), "-jar", jar().toString()).redirectErrorStream(true);
		builder.environment().clear();
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("exits by itself").isTrue();
		assertThat(process.exitValue()).as("exit code; output:%n%s", output).isNotZero();
		assertThat(output.lines().filter((line) -> line.contains("KRING_DB_URL"))).as(output).hasSize(1);
		assertThat(output).as("no stack trace").doesNotContain("Exception", "\tat ", "Caused by");
	}

	@Test
	void startsMigratesAndServesWithADatabaseButNoDemoDataAndNoDevelopmentPages(@TempDir Path directory)
			throws Exception {
		String external = System.getenv("KRING_DB_URL");
		boolean fresh = external == null || external.isBlank();
		String url = fresh ? "jdbc:h2:file:" + directory.resolve("kring").toAbsolutePath()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" : external;
		String username = fresh ? "" : System.getenv().getOrDefault("KRING_DB_USERNAME", "");
		String password = fresh ? "" : System.getenv().getOrDefault("KRING_DB_PASSWORD", "");
		long peopleBefore = fresh ? 0 : people(url, username, password);

		ProcessBuilder builder = new ProcessBuilder(java(), "-jar", jar().toString(), "--server.port=0")
			.redirectErrorStream(true);
		Map<String, String> environment = builder.environment();
		environment.clear();
		environment.put("KRING_DB_URL", url);
		environment.put("KRING_DB_USERNAME", username);
		environment.put("KRING_DB_PASSWORD", password);
		environment.put("KRING_DATA_DIRECTORY", directory.toAbsolutePath().toString());
		Process process = builder.start();
		List<String> log = new CopyOnWriteArrayList<>();
		CompletableFuture<Integer> port = new CompletableFuture<>();
		Thread reader = Thread.ofPlatform().daemon().start(() -> read(process, log, port));
		try {
			Http http = new Http(awaitPort(process, port, log));

			Response health = ready(http);
			assertThat(health.status()).as("health once ready: %s", health.body()).isEqualTo(200);
			assertThat(health.body()).contains("\"status\":\"UP\"").containsPattern("\"db\":\\{\"status\":\"UP\"");
			assertThat(http.get("/dev/mail").status()).isEqualTo(404);
			Response home = http.get("/");
			assertThat(home.status()).isEqualTo(200);
			assertThat(home.body()).contains("<html lang=\"nl\"").doesNotContain("/dev/mail");
		}
		finally {
			stop(process);
			reader.join(Duration.ofSeconds(10));
		}
		assertThat(String.join("\n", log)).as("start-up log").doesNotContain("Exception", "\tat ");
		assertThat(migrations(url, username, password)).as("migrations applied").isGreaterThanOrEqualTo(2);
		assertThat(people(url, username, password)).as("no demo people").isEqualTo(peopleBefore);
	}

	private static int awaitPort(Process process, CompletableFuture<Integer> port, List<String> log) throws Exception {
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (port.isDone()) {
				return port.get();
			}
			if (!process.isAlive()) {
				fail("The jar stopped with exit code %d:%n%s", process.exitValue(), String.join("\n", log));
			}
			Thread.sleep(100);
		}
		return fail("The jar did not start within %s:%n%s", START_TIMEOUT, String.join("\n", log));
	}

	/**
	 * The health answer once the instance says it is ready: the port opens before the
	 * start-up listeners have run, and until then health rightly answers 503, as a load
	 * balancer expects.
	 */
	private static Response ready(Http http) throws Exception {
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		Response health = http.get("/actuator/health");
		while (health.status() == 503 && System.nanoTime() < deadline) {
			Thread.sleep(200);
			health = http.get("/actuator/health");
		}
		return health;
	}

	private static void read(Process process, List<String> log, CompletableFuture<Integer> port) {
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = lines.readLine()) != null) {
				log.add(line);
				Matcher started = STARTED_ON_PORT.matcher(line);
				if (started.find()) {
					port.complete(Integer.parseInt(started.group(1)));
				}
			}
		}
		catch (IOException ex) {
			port.completeExceptionally(ex);
		}
	}

	private static void stop(Process process) throws InterruptedException {
		process.destroy();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			process.waitFor(10, TimeUnit.SECONDS);
		}
	}

	private static long people(String url, String username, String password) throws SQLException {
		return count(url, username, password, "select count(*) from person");
	}

	private static long migrations(String url, String username, String password) throws SQLException {
		return count(url, username, password, "select count(*) from flyway_schema_history where success = true");
	}

	private static long count(String url, String username, String password, String query) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, username, password);
				Statement statement = connection.createStatement()) {
			if (!connection.getMetaData().getTables(null, null, "person", null).next()
					&& !connection.getMetaData().getTables(null, null, "PERSON", null).next()) {
				return 0;
			}
			try (ResultSet result = statement.executeQuery(query)) {
				result.next();
				return result.getLong(1);
			}
		}
	}

	private static String java() {
		return ProcessHandle.current().info().command().orElseThrow();
	}

	private static Path jar() throws IOException {
		Path target = Path.of(System.getProperty("basedir", "."), "target");
		try (Stream<Path> files = Files.list(target)) {
			List<Path> jars = new ArrayList<>(files
				.filter((file) -> file.getFileName().toString().matches("kring-.+\\.jar")
						&& !file.getFileName().toString().matches(".*-(sources|javadoc|tests|plain)\\.jar"))
				.toList());
			assertThat(jars).as("the packaged jar in %s", target).hasSize(1);
			return jars.get(0);
		}
	}

}
