package org.kring.practice.web;

import java.util.Locale;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.kring.practice.internal.PracticeDescription;

/**
 * The long parts of the practice template, in the order the form, the page and the
 * handbook show them: each knows its form name, its label and where a description and a
 * form keep its text.
 */
public enum PracticePart {

	CONTEXT(PracticeDescription::context, PracticeForm::context),

	OBJECTIVES(PracticeDescription::objectives, PracticeForm::objectives),

	ACTIVITIES(PracticeDescription::activities, PracticeForm::activities),

	RESULTS(PracticeDescription::results, PracticeForm::results),

	EVIDENCE(PracticeDescription::evidence, PracticeForm::evidence),

	RESOURCES(PracticeDescription::resources, PracticeForm::resources),

	TRANSFER(PracticeDescription::transfer, PracticeForm::transfer);

	private final Function<PracticeDescription, @Nullable String> described;

	private final Function<PracticeForm, @Nullable String> typed;

	PracticePart(Function<PracticeDescription, @Nullable String> described,
			Function<PracticeForm, @Nullable String> typed) {
		this.described = described;
		this.typed = typed;
	}

	/**
	 * The part's name in the form, its problems and the page's anchors.
	 * @return such as {@code activities}
	 */
	public String formName() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The message key of the part's label.
	 * @return such as {@code practice.field.activities}
	 */
	public String labelKey() {
		return PracticeMessages.part(formName());
	}

	/**
	 * Whether a practice needs this part filled in.
	 * @return true for the activities only
	 */
	public boolean required() {
		return this == ACTIVITIES;
	}

	/**
	 * The part's text in a stored description.
	 * @param description the description
	 * @return the text, or null when it was left out
	 */
	public @Nullable String of(PracticeDescription description) {
		return this.described.apply(description);
	}

	/**
	 * The part's text as typed.
	 * @param form the form
	 * @return the text, or null when it was left empty
	 */
	public @Nullable String of(PracticeForm form) {
		return this.typed.apply(form);
	}

}
