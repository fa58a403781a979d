package org.kring.system.mail;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DevOutboxTests {

	private static final Instant NOW = Instant.parse("2026-03-01T09:30:00Z");

	private final DevOutbox outbox = new DevOutbox(Clock.fixed(NOW, ZoneOffset.UTC), 3);

	@Test
	void startsEmpty() {
		assertThat(this.outbox.mails()).isEmpty();
	}

	@Test
	void keepsWhatWasSentWithTheTime() {
		this.outbox.send(new OutgoingMail("amira@example.org", "Welkom", "Hallo Amira"));
		assertThat(this.outbox.mails())
			.containsExactly(new CapturedMail(NOW, "amira@example.org", "Welkom", "Hallo Amira"));
	}

	@Test
	void newestMailComesFirst() {
		this.outbox.send(new OutgoingMail("a@example.org", "first", ""));
		this.outbox.send(new OutgoingMail("b@example.org", "second", ""));
		assertThat(this.outbox.mails()).extracting(CapturedMail::subject).containsExactly("second", "first");
	}

	@Test
	void dropsTheOldestBeyondItsCapacity() {
		IntStream.rangeClosed(1, 5)
			.forEach((i) -> this.outbox.send(new OutgoingMail("x@example.org", "mail " + i, "")));
		assertThat(this.outbox.mails()).extracting(CapturedMail::subject).containsExactly("mail 5", "mail 4", "mail 3");
	}

	@Test
	void holdsFiveHundredByDefault() {
		DevOutbox outbox = new DevOutbox(Clock.systemUTC());
		IntStream.range(0, 600).forEach((i) -> outbox.send(new OutgoingMail("x@example.org", "mail " + i, "")));
		assertThat(outbox.mails()).hasSize(DevOutbox.CAPACITY)
			.first()
			.extracting(CapturedMail::subject)
			.isEqualTo("mail 599");
	}

	@Test
	void acceptsMailFromManyThreadsAtOnce() throws InterruptedException {
		DevOutbox outbox = new DevOutbox(Clock.systemUTC(), 1000);
		try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
			IntStream.range(0, 800)
				.forEach((i) -> threads.submit(() -> outbox.send(new OutgoingMail("x@example.org", "mail " + i, ""))));
			threads.shutdown();
			assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
		}
		assertThat(outbox.mails()).hasSize(800).doesNotHaveDuplicates();
	}

	@Test
	void listIsASnapshot() {
		var before = this.outbox.mails();
		this.outbox.send(new OutgoingMail("x@example.org", "later", ""));
		assertThat(before).isEmpty();
	}

}
