package org.kring.system.mail;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.IntStream;

import org.kring.system.KringProperties;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The development outbox page at {@code /dev/mail}: exists only with the {@code dev}
 * profile, so a production instance answers 404 there.
 */
@Controller
@Profile("dev")
class DevOutboxController {

	static final String VIEW = "system/dev-mail";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final DevOutbox outbox;

	private final ZoneId zone;

	DevOutboxController(DevOutbox outbox, KringProperties properties) {
		this.outbox = outbox;
		this.zone = properties.timeZone();
	}

	@GetMapping("/dev/mail")
	String outbox(Model model) {
		List<CapturedMail> mails = this.outbox.mails();
		List<DevMailPage.Mail> shown = IntStream.range(0, mails.size())
			.mapToObj((i) -> new DevMailPage.Mail("mail-" + (mails.size() - i),
					TIME.format(mails.get(i).sentAt().atZone(this.zone)), mails.get(i)))
			.toList();
		model.addAttribute("page", new DevMailPage(shown));
		return VIEW;
	}

}
