package org.kring.system;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of one Kring instance, all under {@code kring.*}; each one can also be
 * given as an environment variable ({@code kring.mail.from} as {@code KRING_MAIL_FROM}).
 *
 * @param name the instance's name, shown in the page header and in e-mail
 * @param defaultLanguage the interface language when nothing else tells which one a
 * person wants
 * @param timeZone the time zone in which dates are shown and meetings are planned
 * @param baseUrl the public address of the instance, used in links sent by e-mail
 * @param dataDirectory where the embedded database and uploaded files live
 * @param db the database connection; production refuses to start without its URL
 * @param mail the mail sender and the SMTP server that carries it
 * @param adminEmail the e-mail address of the first administrator, created on the first
 * start of a production instance
 */
@ConfigurationProperties("kring")
public record KringProperties(@DefaultValue("Kring") String name, @DefaultValue("nl") Locale defaultLanguage,
		@DefaultValue("Europe/Brussels") ZoneId timeZone, @DefaultValue("http://localhost:8080") String baseUrl,
		@DefaultValue("./data") Path dataDirectory, @DefaultValue Db db, @DefaultValue Mail mail,
		@Nullable String adminEmail) {

	/**
	 * The public address to put before a path in a link: {@link #baseUrl} without a
	 * trailing slash.
	 * @return such as {@code https://kring.example.org}
	 */
	public String linkBase() {
		return this.baseUrl.endsWith("/") ? this.baseUrl.substring(0, this.baseUrl.length() - 1) : this.baseUrl;
	}

	/**
	 * The database connection.
	 *
	 * @param url the JDBC URL ({@code KRING_DB_URL}); required outside development
	 * @param username the database user
	 * @param password the database user's password
	 */
	public record Db(@Nullable String url, @Nullable String username, @Nullable String password) {
	}

	/**
	 * Outgoing e-mail.
	 *
	 * @param from the sender address of every mail the instance sends
	 * @param host the SMTP server
	 * @param port the SMTP port
	 * @param username the SMTP user, if the server asks for one
	 * @param password the SMTP password
	 */
	public record Mail(@DefaultValue("kring@localhost") String from, @DefaultValue("localhost") String host,
			@DefaultValue("25") int port, @Nullable String username, @Nullable String password) {
	}

}
