package org.kring.account.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What makes a password acceptable: at least 12 characters, at most 1,000, not on the
 * list of commonly used passwords, not one character repeated, and not the person's own
 * e-mail address or display name.
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 1000;

	private final Set<String> common;

	public PasswordPolicy() {
		this.common = load("account/common-passwords.txt");
	}

	/**
	 * The problem with a proposed password, as a message key.
	 * @param password the password as typed
	 * @param email the person's e-mail address, if known
	 * @param displayName the person's display name, if known
	 * @return the message key of the first problem, or empty when the password will do
	 */
	public Optional<String> problem(@Nullable String password, @Nullable String email, @Nullable String displayName) {
		if (password == null || password.isEmpty()) {
			return Optional.of("account.password.required");
		}
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			return Optional.of("account.password.short");
		}
		if (length > MAX_LENGTH) {
			return Optional.of("account.password.long");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (this.common.contains(lower) || lower.chars().distinct().count() <= 2) {
			return Optional.of("account.password.common");
		}
		if (isPersonal(lower, email) || isPersonal(lower, displayName)) {
			return Optional.of("account.password.personal");
		}
		return Optional.empty();
	}

	private static boolean isPersonal(String lowerPassword, @Nullable String personal) {
		if (personal == null || personal.isBlank()) {
			return false;
		}
		String lowerPersonal = personal.strip().toLowerCase(Locale.ROOT);
		String local = lowerPersonal.contains("@") ? lowerPersonal.substring(0, lowerPersonal.indexOf('@'))
				: lowerPersonal;
		return lowerPassword.equals(lowerPersonal) || (local.length() >= 4 && lowerPassword.contains(local)
				&& lowerPassword.length() - local.length() < MIN_LENGTH / 2);
	}

	private static Set<String> load(String resource) {
		Set<String> words = new HashSet<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				String word = line.strip();
				if (!word.isEmpty() && !word.startsWith("#")) {
					words.add(word.toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The list of common passwords is missing", ex);
		}
		return Set.copyOf(words);
	}

}
