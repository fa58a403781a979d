package org.kring.system.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * The problems of one submitted form, as message keys by field name, for the page to show
 * next to each field. A field's first problem is the one shown.
 */
public final class FormErrors {

	/** The key under which a problem with the whole form is kept. */
	public static final String FORM = "_form";

	private static final FormErrors NONE = new FormErrors(Map.of());

	private final Map<String, String> byField;

	private FormErrors(Map<String, String> byField) {
		this.byField = byField;
	}

	public static FormErrors none() {
		return NONE;
	}

	/**
	 * Problems a form's own checks found.
	 * @param problems message keys by field name, in the order to show them
	 * @return the problems, possibly none
	 */
	public static FormErrors of(Map<String, String> problems) {
		return problems.isEmpty() ? NONE : new FormErrors(new LinkedHashMap<>(problems));
	}

	/**
	 * Reads the problems Spring MVC and Bean Validation found. A constraint's message is
	 * taken as the message key ({@code @NotBlank(message = "account.name.required")}); a
	 * value that could not be converted gets {@code form.invalid}.
	 * @param result the binding result of the form
	 * @return the problems, possibly none
	 */
	public static FormErrors of(BindingResult result) {
		Map<String, String> byField = new LinkedHashMap<>();
		for (FieldError error : result.getFieldErrors()) {
			byField.putIfAbsent(error.getField(), key(error));
		}
		for (ObjectError error : result.getGlobalErrors()) {
			byField.putIfAbsent(FORM, key(error));
		}
		return new FormErrors(byField);
	}

	private static String key(ObjectError error) {
		if (error instanceof FieldError field && field.isBindingFailure()) {
			return "form.invalid";
		}
		String message = error.getDefaultMessage();
		if (message != null && !message.isBlank() && !message.contains(" ")) {
			return message;
		}
		String code = error.getCode();
		return (code != null) ? code : "form.invalid";
	}

	public boolean any() {
		return !this.byField.isEmpty();
	}

	public boolean has(String field) {
		return this.byField.containsKey(field);
	}

	/**
	 * The message key of a field's problem.
	 * @param field the field name
	 * @return the key, or null when the field is fine
	 */
	public @Nullable String of(String field) {
		return this.byField.get(field);
	}

	public Map<String, String> asMap() {
		return Map.copyOf(this.byField);
	}

}
