package org.kring.result.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.kring.account.AccountManagement;
import org.kring.account.PersonSummary;
import org.kring.community.CommunityManagement;
import org.kring.community.CommunitySummary;
import org.kring.system.KringProperties;
import org.kring.system.mail.MailDispatch;
import org.kring.system.mail.OutgoingMail;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The mails to the owners of open actions, in each owner's language (their account's,
 * else the instance's): the monthly list of their open actions, and the reminder a week
 * before a due date. Each leaves once its claim is committed.
 */
@Component
class OwnerMails {

	static final String MONTHLY = "yearreview.mail.monthly";

	static final String DUE = "yearreview.mail.due";

	private final MailDispatch dispatch;

	private final MessageSource messages;

	private final AccountManagement accounts;

	private final CommunityManagement communities;

	private final KringProperties properties;

	OwnerMails(MailDispatch dispatch, MessageSource messages, AccountManagement accounts,
			CommunityManagement communities, KringProperties properties) {
		this.dispatch = dispatch;
		this.messages = messages;
		this.accounts = accounts;
		this.communities = communities;
		this.properties = properties;
	}

	/**
	 * The monthly mail with a person's open actions.
	 * @return true when the person has an address to send it to
	 */
	boolean monthly(UUID personId, List<OwnedAction> actions, LocalDate today) {
		Optional<PersonSummary> found = addressee(personId);
		if (found.isEmpty()) {
			return false;
		}
		PersonSummary to = found.get();
		Locale language = language(to);
		Map<UUID, String> names = new HashMap<>();
		StringBuilder list = new StringBuilder();
		for (OwnedAction action : actions) {
			list.append(text("yearreview.mail.item", language, action.title(),
					names.computeIfAbsent(action.communityId(), this::communityName), due(action, today, language),
					text(action.status().messageKey(), language), action.progress(), this.dispatch.link(action.path())))
				.append("\n\n");
		}
		String month = DateTimeFormatter.ofPattern("LLLL yyyy", language).format(today);
		send(to, language, MONTHLY, new Object[] { month },
				new Object[] { to.displayName(), list.toString(), this.properties.name() });
		return true;
	}

	/**
	 * The reminder to an owner that an action is due within a week.
	 * @return true when the person has an address to send it to
	 */
	boolean dueSoon(UUID personId, OwnedAction action, LocalDate today) {
		Optional<PersonSummary> found = addressee(personId);
		if (found.isEmpty()) {
			return false;
		}
		PersonSummary to = found.get();
		Locale language = language(to);
		send(to, language, DUE, new Object[] { action.title() },
				new Object[] { to.displayName(), action.title(), communityName(action.communityId()),
						day(action.dueOn(), language), action.progress(), this.dispatch.link(action.path()),
						this.properties.name() });
		return true;
	}

	private void send(PersonSummary to, Locale language, String kind, Object[] subjectArguments,
			Object[] textArguments) {
		String subject = this.messages.getMessage(kind + ".subject", subjectArguments, language);
		String text = this.messages.getMessage(kind + ".text", textArguments, language);
		this.dispatch.sendAfterCommit(new OutgoingMail(to.email(), subject, text), kind);
	}

	private String due(OwnedAction action, LocalDate today, Locale language) {
		if (action.dueOn() == null) {
			return text("yearreview.mail.noDue", language);
		}
		String key = action.overdueOn(today) ? "yearreview.mail.overdue" : "yearreview.mail.dueOn";
		return text(key, language, day(action.dueOn(), language));
	}

	private String text(String key, Locale language, Object... arguments) {
		return this.messages.getMessage(key, arguments, language);
	}

	private Optional<PersonSummary> addressee(UUID personId) {
		return this.accounts.find(personId).filter((person) -> person.email() != null && !person.erased());
	}

	private Locale language(PersonSummary person) {
		return (person.preferredLanguage() != null) ? person.preferredLanguage() : this.properties.defaultLanguage();
	}

	private String communityName(UUID communityId) {
		return this.communities.find(communityId).map(CommunitySummary::name).orElse("");
	}

	private static String day(LocalDate day, Locale language) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language).format(day);
	}

}
