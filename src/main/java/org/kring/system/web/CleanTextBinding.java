package org.kring.system.web;

import java.beans.PropertyEditorSupport;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.BeanUtils;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Cleans every text field of every form, and every text request parameter such as a
 * list's filter, before it reaches a controller (see {@link CleanText}): a NUL character
 * in a search box must not reach the database, which refuses it. Password fields are left
 * exactly as typed: they are compared and hashed, never stored or shown, and must match
 * what the login filter reads.
 */
@ControllerAdvice
class CleanTextBinding {

	@InitBinder
	void cleanText(WebDataBinder binder) {
		Class<?> type = formType(binder);
		if (type == null) {
			// a single request parameter, path variable or header, named by the binder
			if (!isPassword(binder.getObjectName())) {
				binder.registerCustomEditor(String.class, new CleanTextEditor());
			}
			return;
		}
		for (String field : textFields(type)) {
			if (!isPassword(field)) {
				binder.registerCustomEditor(String.class, field, new CleanTextEditor());
			}
		}
	}

	private static Class<?> formType(WebDataBinder binder) {
		if (binder.getTarget() != null) {
			return binder.getTarget().getClass();
		}
		return (binder.getTargetType() != null) ? binder.getTargetType().resolve() : null;
	}

	static List<String> textFields(Class<?> type) {
		if (type.isRecord()) {
			return Arrays.stream(type.getRecordComponents())
				.filter((component) -> component.getType() == String.class)
				.map((component) -> component.getName())
				.toList();
		}
		return Arrays.stream(BeanUtils.getPropertyDescriptors(type))
			.filter((descriptor) -> descriptor.getPropertyType() == String.class && descriptor.getWriteMethod() != null)
			.map((descriptor) -> descriptor.getName())
			.toList();
	}

	static boolean isPassword(String field) {
		return field.toLowerCase(Locale.ROOT).contains("password");
	}

	private static final class CleanTextEditor extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			setValue(CleanText.clean(text));
		}

	}

}
