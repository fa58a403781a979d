package org.kring.discussion.internal;

import java.util.List;
import java.util.Map;

/**
 * Input a discussion refuses: an empty or too long text, a title missing, a new member's
 * link. Nothing changed; a page shows each problem next to its field ({@code _form} for
 * the whole form) with what was typed.
 */
public class DiscussionInvalid extends RuntimeException {

	private final Map<String, Problem> problems;

	/**
	 * A refusal.
	 * @param problems each field's problem
	 */
	public DiscussionInvalid(Map<String, Problem> problems) {
		super("Refused: " + problems);
		this.problems = Map.copyOf(problems);
	}

	/**
	 * Each field's problem.
	 * @return the problems, by field
	 */
	public Map<String, Problem> problems() {
		return this.problems;
	}

	/**
	 * A problem, as a message key with its arguments.
	 *
	 * @param key the message key
	 * @param args the values the message names, such as a limit
	 */
	public record Problem(String key, List<Object> args) {

		public static Problem of(String key, Object... args) {
			return new Problem(key, List.of(args));
		}

	}

}
