package org.kring.meeting.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.kring.meeting.internal.RegistrationAnswers;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;

/**
 * What someone typed into a registration form: a visitor's name and address, a
 * participant's nickname, the answers to the meeting's questions. Every field is optional
 * here; {@link #check} tells which the form needs.
 *
 * @param name a visitor's name or nickname
 * @param email a visitor's address
 * @param nickname the nickname a facilitator registers a participant by
 * @param dietaryNeeds dietary needs
 * @param accessibilityNeeds accessibility needs
 * @param interpretationLanguage the language of interpretation needed
 * @param freeText anything else
 */
public record RegistrationForm(@Nullable String name, @Nullable String email, @Nullable String nickname,
		@Nullable String dietaryNeeds, @Nullable String accessibilityNeeds, @Nullable String interpretationLanguage,
		@Nullable String freeText) {

	/** The longest name or nickname. */
	public static final int NAME_MAX = 80;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	/** An empty form. */
	public static RegistrationForm empty() {
		return new RegistrationForm(null, null, null, null, null, null, null);
	}

	/**
	 * The answers to the meeting's questions.
	 * @return the answers
	 */
	public RegistrationAnswers answers() {
		return new RegistrationAnswers(this.dietaryNeeds, this.accessibilityNeeds, this.interpretationLanguage,
				this.freeText);
	}

	/**
	 * The problems of the fields a form needs.
	 * @param required the fields it requires, such as {@code name} and {@code email}
	 * @return the problems, as message keys by field
	 */
	public BindingResult check(List<String> required) {
		BindingResult result = new MapBindingResult(new HashMap<>(), "registration");
		for (String field : required) {
			String value = value(field);
			if (value == null || value.isBlank()) {
				result.rejectValue(field, "registration.form." + field + ".required");
			}
			else if (value.strip().length() > NAME_MAX && !"email".equals(field)) {
				result.rejectValue(field, "registration.form.name.tooLong");
			}
		}
		if (required.contains("email") && this.email != null && !this.email.isBlank()
				&& (this.email.strip().length() > 320 || !EMAIL.matcher(this.email.strip()).matches())) {
			result.rejectValue("email", "registration.form.email.invalid");
		}
		tooLong(result, "dietaryNeeds", this.dietaryNeeds, 500);
		tooLong(result, "accessibilityNeeds", this.accessibilityNeeds, 500);
		tooLong(result, "interpretationLanguage", this.interpretationLanguage, 10);
		tooLong(result, "freeText", this.freeText, 1000);
		return result;
	}

	private static void tooLong(BindingResult result, String field, @Nullable String value, int max) {
		if (value != null && value.strip().length() > max) {
			result.rejectValue(field, "registration.form.tooLong." + max);
		}
	}

	/**
	 * The message key of a field's label.
	 * @param field the field name
	 * @return such as {@code registration.field.email}
	 */
	public static String labelKey(String field) {
		return "registration.field." + field;
	}

	/**
	 * A field's value by its name, for the form page.
	 * @param field the field name
	 * @return the value, or null
	 */
	public @Nullable String value(String field) {
		return switch (field) {
			case "name" -> this.name;
			case "email" -> this.email;
			case "nickname" -> this.nickname;
			case "dietaryNeeds" -> this.dietaryNeeds;
			case "accessibilityNeeds" -> this.accessibilityNeeds;
			case "interpretationLanguage" -> this.interpretationLanguage;
			case "freeText" -> this.freeText;
			default -> throw new IllegalArgumentException("No field " + field.toLowerCase(Locale.ROOT));
		};
	}

}
