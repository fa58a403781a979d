package org.kring.library.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.account.AccountManagement;
import org.kring.account.PersonSummary;
import org.kring.system.KringProperties;
import org.kring.system.i18n.LanguageCodes;
import org.kring.system.mail.MailDispatch;
import org.kring.system.mail.OutgoingMail;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Readers' requests for a translation, counted per language. A signed-in person asks once
 * per publication and language (the page keeps visitors to once per session); every
 * request tells the coordinators by mail, each in their own language, once it is saved.
 */
@Service
@Transactional
public class TranslationRequests {

	static final String MAIL = "library.mail.request";

	private final JdbcClient jdbc;

	private final AccountManagement accounts;

	private final MailDispatch dispatch;

	private final MessageSource messages;

	private final KringProperties properties;

	private final Clock clock;

	TranslationRequests(JdbcClient jdbc, AccountManagement accounts, MailDispatch dispatch, MessageSource messages,
			KringProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.dispatch = dispatch;
		this.messages = messages;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Counts a request for a translation.
	 * @param publication the publication
	 * @param language the language wanted
	 * @param by who asks, or null for a visitor
	 * @return false when the language is unknown or the original's, or when this person
	 * asked already
	 */
	public boolean request(Publication publication, @Nullable String language, @Nullable UUID by) {
		String code = LanguageCodes.normalize(language);
		if (code == null || code.equals(publication.language())) {
			return false;
		}
		if (by != null && asked(publication.id(), code, by)) {
			return false;
		}
		this.jdbc
			.sql("insert into library_translation_request (id, publication_id, language, requested_by,"
					+ " requested_at) values (?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), publication.id(), code, by, Library.moment(this.clock.instant()))
			.update();
		tellCoordinators(publication, code);
		return true;
	}

	/**
	 * Whether someone asked for a translation already.
	 * @param publicationId the publication
	 * @param language the language
	 * @param by the person
	 * @return true when they did
	 */
	@Transactional(readOnly = true)
	public boolean asked(UUID publicationId, String language, UUID by) {
		return this.jdbc
			.sql("select count(*) from library_translation_request where publication_id = ? and language = ?"
					+ " and requested_by = ?")
			.params(publicationId, language, by)
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * How many asked for each language.
	 * @param publicationId the publication
	 * @return the counts by language code
	 */
	@Transactional(readOnly = true)
	public Map<String, Integer> counts(UUID publicationId) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		this.jdbc
			.sql("select language, count(*) as requests from library_translation_request where publication_id = ?"
					+ " group by language order by count(*) desc, language")
			.param(publicationId)
			.query((rs, n) -> counts.put(rs.getString("language"), rs.getInt("requests")))
			.list();
		return counts;
	}

	private void tellCoordinators(Publication publication, String language) {
		String link = this.dispatch.link("/publications/" + publication.id());
		for (PersonSummary coordinator : this.accounts.coordinators()) {
			String email = coordinator.email();
			if (email == null) {
				continue; // promised set by coordinators(); the check keeps the types
							// honest
			}
			Locale preferred = coordinator.preferredLanguage();
			Locale locale = (preferred != null) ? preferred : this.properties.defaultLanguage();
			String languageName = LanguageCodes.name(language, locale);
			String subject = this.messages.getMessage(MAIL + ".subject",
					new Object[] { languageName, publication.title() }, locale);
			String text = this.messages.getMessage(MAIL + ".text",
					new Object[] { languageName, publication.title(), link, this.properties.name() }, locale);
			this.dispatch.sendAfterCommit(new OutgoingMail(email, subject, text), MAIL);
		}
	}

}
