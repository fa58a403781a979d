package org.kring.practice.web;

import org.kring.practice.internal.ContactVisibility;
import org.kring.practice.internal.PracticeState;
import org.kring.practice.internal.TargetGroup;

/**
 * The message keys of the values practice pages name, in one place.
 */
public final class PracticeMessages {

	private PracticeMessages() {
	}

	public static String state(PracticeState state) {
		return "practice.state." + state.name();
	}

	public static String targetGroup(TargetGroup group) {
		return "practice.targetGroup." + group.name();
	}

	public static String visibility(ContactVisibility visibility) {
		return "practice.contactVisibility." + visibility.name();
	}

	/**
	 * The label of a part of the template.
	 * @param name its form name, such as {@code activities}
	 * @return the key
	 */
	public static String part(String name) {
		return "practice.field." + name;
	}

	/**
	 * The label of a filter of the list.
	 * @param name its parameter name, such as {@code country}
	 * @return the key
	 */
	public static String filter(String name) {
		return "practice.filter." + name;
	}

}
