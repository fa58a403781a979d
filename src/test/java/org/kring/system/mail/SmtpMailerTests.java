package org.kring.system.mail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import java.time.ZoneId;
import java.util.Locale;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kring.system.KringProperties;

import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SmtpMailerTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	@Test
	void sendsFromTheInstancesAddressInUtf8() throws Exception {
		mailer(smtp.getSmtp().getPort()).send(
				new OutgoingMail("amira@example.org", "Welkom bij Kring – مرحبا", "Klik op https://kring.example/x ✓"));
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getFrom()).containsExactly(new InternetAddress("kring@kring.example"));
		assertThat(received[0].getAllRecipients()).containsExactly(new InternetAddress("amira@example.org"));
		assertThat(received[0].getSubject()).isEqualTo("Welkom bij Kring – مرحبا");
		assertThat(GreenMailUtil.getBody(received[0])).isNotBlank();
		assertThat(received[0].getContent().toString().strip()).isEqualTo("Klik op https://kring.example/x ✓");
	}

	@Test
	void sendsAttachmentsBesideTheText() throws Exception {
		byte[] invitation = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
		mailer(smtp.getSmtp().getPort()).send(new OutgoingMail("amira@example.org", "Bijeenkomst", "Tot dinsdag", List
			.of(new MailAttachment("meeting.ics", "text/calendar; charset=UTF-8; method=REQUEST", invitation))));
		MimeMessage received = smtp.getReceivedMessages()[0];
		Multipart parts = (Multipart) received.getContent();
		List<BodyPart> bodies = new ArrayList<>();
		for (int i = 0; i < parts.getCount(); i++) {
			bodies.add(parts.getBodyPart(i));
		}
		assertThat(GreenMailUtil.getBody(bodies.get(0))).contains("Tot dinsdag");
		BodyPart file = bodies.get(1);
		assertThat(file.getFileName()).isEqualTo("meeting.ics");
		assertThat(file.getContentType()).startsWith("text/calendar").contains("method=REQUEST");
		assertThat(file.getInputStream().readAllBytes()).isEqualTo(invitation);
	}

	@Test
	void sendsTextAndHtmlAsAlternativesWithAOneClickUnsubscribe() throws Exception {
		mailer(smtp.getSmtp().getPort()).send(new OutgoingMail("amira@example.org", "Nieuw in Kring",
				"Twee nieuwe berichten: https://kring.example/notifications")
			.withHtml("<p>Twee nieuwe <strong>berichten</strong></p>")
			.unsubscribable("https://kring.example/unsubscribe/abc123"));
		MimeMessage received = smtp.getReceivedMessages()[0];
		assertThat(received.getHeader("List-Unsubscribe"))
			.containsExactly("<https://kring.example/unsubscribe/abc123>");
		assertThat(received.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
		List<String> types = new ArrayList<>();
		collectTypes((Multipart) received.getContent(), types);
		assertThat(types).anySatisfy((type) -> assertThat(type).startsWith("multipart/alternative"))
			.anySatisfy((type) -> assertThat(type).startsWith("text/plain"))
			.anySatisfy((type) -> assertThat(type).startsWith("text/html"));
		assertThat(GreenMailUtil.getBody(received)).contains("Twee nieuwe berichten")
			.contains("<strong>berichten</strong>");
	}

	@Test
	void aHeaderOfMoreThanOneLineIsRefused() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new OutgoingMail("a@example.org", "Hallo", "Hallo")
				.unsubscribable("https://kring.example/x>\r\nBcc: b@example.org".translateEscapes()));
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new OutgoingMail("a@example.org", "Hallo", "Hallo").unsubscribable("javascript:x"));
	}

	private static void collectTypes(Multipart multipart, List<String> types) throws Exception {
		types.add(multipart.getContentType());
		for (int i = 0; i < multipart.getCount(); i++) {
			BodyPart part = multipart.getBodyPart(i);
			types.add(part.getContentType());
			if (part.getContent() instanceof Multipart inner) {
				collectTypes(inner, types);
			}
		}
	}

	@Test
	void unreachableServerIsReportedAsMailNotSent() {
		assertThatExceptionOfType(Mailer.MailNotSent.class)
			.isThrownBy(() -> mailer(1).send(new OutgoingMail("amira@example.org", "Hallo", "Hallo")));
	}

	private static SmtpMailer mailer(int port) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(port);
		sender.setDefaultEncoding("UTF-8");
		KringProperties properties = new KringProperties("Kring", Locale.of("nl"), ZoneId.of("Europe/Brussels"),
				"http://localhost:8080", Path.of("data"), new KringProperties.Db(null, null, null),
				new KringProperties.Mail("kring@kring.example", "127.0.0.1", port, null, null), null);
		return new SmtpMailer(sender, properties);
	}

}
