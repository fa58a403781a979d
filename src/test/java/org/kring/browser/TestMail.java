package org.kring.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The SMTP server that catches the application's mail in tests: one GreenMail on a free
 * loopback port for the whole test JVM, so that test classes sharing a Spring context
 * also share it and several builds on one machine do not collide.
 *
 * <p>
 * Wire it in with {@code @DynamicPropertySource} (done by {@link BrowserTestSupport}):
 * <pre>
 * &#64;DynamicPropertySource
 * static void mail(DynamicPropertyRegistry registry) {
 *     TestMail.register(registry);
 * }
 * </pre>
 */
public final class TestMail {

	private static final String HOST = "127.0.0.1";

	private static final Duration WAIT = Duration.ofSeconds(10);

	private static volatile GreenMail server;

	private TestMail() {
	}

	/**
	 * An address no other test uses, so that tests sharing a database (the PostgreSQL
	 * pass runs several test JVMs against one) do not meet each other's accounts.
	 * @param name the part before the {@code @}, such as {@code "ama"}
	 * @return such as {@code ama.k3x9q2@example.org}
	 */
	public static String newAddress(String name) {
		return name + "." + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36) + "@example.org";
	}

	/**
	 * Points the application's SMTP settings ({@code kring.mail.host},
	 * {@code kring.mail.port} and so {@code spring.mail.*}) at this server, starting it
	 * if needed.
	 * @param registry the registry of a {@code @DynamicPropertySource} method
	 */
	public static void register(DynamicPropertyRegistry registry) {
		registry.add("kring.mail.host", () -> HOST);
		registry.add("kring.mail.port", TestMail::port);
	}

	/**
	 * The port the server listens on, starting it on first use.
	 * @return a free port chosen when the server started
	 */
	public static int port() {
		return server().getSmtp().getPort();
	}

	/**
	 * Forgets every mail received so far.
	 */
	public static void clear() {
		try {
			server().purgeEmailFromAllMailboxes();
		}
		catch (FolderException ex) {
			throw new IllegalStateException("Could not empty the test mailboxes", ex);
		}
	}

	/**
	 * How many mails arrived for one address so far, without waiting.
	 * @param address the recipient, compared without regard to case
	 * @return the number of mails whose recipients include that address
	 */
	public static long countTo(String address) {
		return Arrays.stream(server().getReceivedMessages()).filter((message) -> isTo(message, address)).count();
	}

	/**
	 * The mails that arrived for one address so far, oldest first, as they were sent
	 * (with their headers and every part), without waiting.
	 * @param address the recipient, compared without regard to case
	 * @return the messages
	 */
	public static List<MimeMessage> messagesTo(String address) {
		return Arrays.stream(server().getReceivedMessages()).filter((message) -> isTo(message, address)).toList();
	}

	/**
	 * The newest mail to one address, waiting up to ten seconds for one to arrive.
	 * @param address the recipient, compared without regard to case
	 * @return the newest mail whose recipients include that address
	 * @throws AssertionError when none arrives in time, listing what did arrive
	 */
	public static ReceivedMail newestTo(String address) {
		return newestTo(address, WAIT);
	}

	/**
	 * The newest mail to one address, waiting for one to arrive.
	 * @param address the recipient, compared without regard to case
	 * @param wait how long to wait
	 * @return the newest mail whose recipients include that address
	 * @throws AssertionError when none arrives in time, listing what did arrive
	 */
	public static ReceivedMail newestTo(String address, Duration wait) {
		Instant deadline = Instant.now().plus(wait);
		while (true) {
			List<MimeMessage> received = Arrays.asList(server().getReceivedMessages());
			for (int i = received.size() - 1; i >= 0; i--) {
				if (isTo(received.get(i), address)) {
					return read(received.get(i), address);
				}
			}
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("No mail to " + address + " within " + wait.toMillis() + " ms; received: "
						+ received.stream().map(TestMail::summary).toList());
			}
			sleep();
		}
	}

	private static synchronized GreenMail server() {
		if (server == null) {
			GreenMail started = new GreenMail(new ServerSetup(0, HOST, ServerSetup.PROTOCOL_SMTP).dynamicPort());
			started.start();
			Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "test-mail-stop"));
			server = started;
		}
		return server;
	}

	private static boolean isTo(MimeMessage message, String address) {
		try {
			Address[] recipients = message.getAllRecipients();
			return recipients != null && Arrays.stream(recipients)
				.anyMatch((recipient) -> recipient instanceof InternetAddress internet
						&& address.equalsIgnoreCase(internet.getAddress()));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException("Unreadable test mail", ex);
		}
	}

	private static ReceivedMail read(MimeMessage message, String address) {
		try {
			return new ReceivedMail(address, message.getSubject(), text(message), attachments(message));
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException("Unreadable test mail to " + address, ex);
		}
	}

	private static String text(Part part) throws MessagingException, IOException {
		Object content = part.getContent();
		if (content instanceof String text) {
			return part.isMimeType("text/*") ? text : "";
		}
		if (content instanceof Multipart multipart) {
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart body = multipart.getBodyPart(i);
				if (body.isMimeType("text/plain") || body.isMimeType("multipart/*")) {
					text.append(text(body));
				}
			}
			return text.toString();
		}
		return "";
	}

	private static Map<String, String> attachments(Part part) throws MessagingException, IOException {
		Map<String, String> files = new LinkedHashMap<>();
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart body = multipart.getBodyPart(i);
				if (body.getFileName() != null) {
					files.put(body.getFileName(),
							new String(body.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
				}
				else if (body.isMimeType("multipart/*")) {
					files.putAll(attachments(body));
				}
			}
		}
		return files;
	}

	private static String summary(MimeMessage message) {
		try {
			return Arrays.toString(message.getRecipients(Message.RecipientType.TO)) + " " + message.getSubject();
		}
		catch (MessagingException ex) {
			return "(unreadable)";
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError("Interrupted while waiting for mail", ex);
		}
	}

}
