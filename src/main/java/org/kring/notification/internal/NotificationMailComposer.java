package org.kring.notification.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.jspecify.annotations.Nullable;
import org.kring.account.PersonSummary;
import org.kring.system.KringProperties;
import org.kring.system.mail.MailDispatch;
import org.kring.system.mail.OutgoingMail;
import org.kring.system.web.Languages;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes notification mails in the recipient's language (their account's, else the
 * instance's): plain text with the same in HTML, each notification with a link that opens
 * it (and marks it read), a link to the preferences and a one-click unsubscribe link,
 * also in the RFC 8058 headers.
 */
@Component
class NotificationMailComposer {

	static final String TEMPLATE = "notification/mail.jte";

	private final MessageSource messages;

	private final TemplateEngine templates;

	private final MailDispatch dispatch;

	private final KringProperties properties;

	NotificationMailComposer(MessageSource messages, TemplateEngine templates, MailDispatch dispatch,
			KringProperties properties) {
		this.messages = messages;
		this.templates = templates;
		this.dispatch = dispatch;
		this.properties = properties;
	}

	/**
	 * The mail of one notification, to a person who wants each at once.
	 * @param to the recipient, with an address
	 * @param notification the notification
	 * @param secret the secret of the mail's unsubscribe link
	 * @return the mail
	 */
	OutgoingMail immediate(PersonSummary to, Notification notification, String secret) {
		Locale language = language(to);
		NotificationMail.Item item = item(notification, language);
		return mail(to, language, item.text(),
				text("notification.mail.immediate.intro", language, this.properties.name()),
				List.of(new NotificationMail.Group("", List.of(item))), secret);
	}

	/**
	 * The digest of a period, its notifications by community (in the order of their
	 * names) and then those about no community of the person's.
	 * @param to the recipient, with an address
	 * @param period the period
	 * @param notifications the news, oldest first
	 * @param communityNames the names of the person's communities
	 * @param secret the secret of the mail's unsubscribe link
	 * @return the mail
	 */
	OutgoingMail digest(PersonSummary to, DigestPeriod period, List<Notification> notifications,
			Map<UUID, String> communityNames, String secret) {
		Locale language = language(to);
		Map<@Nullable UUID, List<NotificationMail.Item>> byCommunity = new LinkedHashMap<>();
		for (Notification notification : notifications) {
			UUID community = communityNames.containsKey(notification.communityId()) ? notification.communityId() : null;
			byCommunity.computeIfAbsent(community, (key) -> new ArrayList<>()).add(item(notification, language));
		}
		List<NotificationMail.Group> groups = new ArrayList<>();
		byCommunity.entrySet()
			.stream()
			.filter((entry) -> entry.getKey() != null)
			.map((entry) -> new NotificationMail.Group(communityNames.get(entry.getKey()), entry.getValue()))
			.sorted(Comparator.comparing(NotificationMail.Group::heading))
			.forEach(groups::add);
		if (byCommunity.containsKey(null)) {
			groups.add(new NotificationMail.Group(text("notification.mail.group.personal", language),
					byCommunity.get(null)));
		}
		String subject = text("notification.mail.digest.subject." + period.mode().name(), language,
				notifications.size(), this.properties.name());
		return mail(to, language, subject,
				text("notification.mail.digest.intro." + period.mode().name(), language, this.properties.name()),
				groups, secret);
	}

	private OutgoingMail mail(PersonSummary to, Locale language, String subject, String intro,
			List<NotificationMail.Group> groups, String secret) {
		String unsubscribe = this.dispatch.link(Unsubscriptions.PATH + secret);
		NotificationMail mail = new NotificationMail(language.toLanguageTag(),
				Languages.isRightToLeft(language) ? "rtl" : "ltr", subject,
				text("notification.mail.hello", language, to.displayName()), intro, groups,
				text("notification.mail.preferences", language), this.dispatch.link("/notifications/preferences"),
				text("notification.mail.unsubscribe", language), unsubscribe, this.properties.name());
		StringOutput html = new StringOutput();
		this.templates.render(TEMPLATE, Map.of("mail", mail), html);
		return new OutgoingMail(String.valueOf(to.email()), subject, mail.text()).withHtml(html.toString())
			.unsubscribable(unsubscribe);
	}

	private NotificationMail.Item item(Notification notification, Locale language) {
		return new NotificationMail.Item(
				text(notification.kind().messageKey(), language, notification.arguments().toArray()),
				this.dispatch.link("/notifications/" + notification.id()));
	}

	private String text(String key, Locale language, Object... arguments) {
		return this.messages.getMessage(key, arguments, language);
	}

	private Locale language(PersonSummary person) {
		return (person.preferredLanguage() != null) ? person.preferredLanguage() : this.properties.defaultLanguage();
	}

}
