package org.kring.meeting.closing;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.kring.meeting.ProductKind;

/**
 * One product as a facilitator typed it, in one row of the closing form. A title is
 * required; a joint signal names the authority it is addressed to, a legislation test the
 * rule or article it tests.
 *
 * @param row the row of the form it came from, from 0, naming its fields in problems
 * (such as {@code title-2})
 * @param kind the kind, or null when none was chosen
 * @param title the title, or null
 * @param description what it is, or null
 * @param authority the authority a joint signal is addressed to, or null
 * @param ruleTested the rule a legislation test tests, or null
 */
public record ProductInput(int row, @Nullable ProductKind kind, @Nullable String title, @Nullable String description,
		@Nullable String authority, @Nullable String ruleTested) {

	static final int MAX_TITLE = 200;

	static final int MAX_DESCRIPTION = 4000;

	static final int MAX_AUTHORITY = 200;

	static final int MAX_RULE = 300;

	public ProductInput {
		title = blankToNull(title);
		description = blankToNull(description);
		authority = blankToNull(authority);
		ruleTested = blankToNull(ruleTested);
	}

	/**
	 * Whether anything was typed or chosen in the row: empty rows are left out.
	 * @return true when the row counts
	 */
	public boolean filled() {
		return this.kind != null || this.title != null || this.description != null || this.authority != null
				|| this.ruleTested != null;
	}

	/**
	 * What is wrong with the row, as message keys by field name.
	 * @return the problems, empty when the product is fine
	 */
	public Map<String, String> problems() {
		Map<String, String> problems = new LinkedHashMap<>();
		if (this.kind == null) {
			problems.put("kind-" + this.row, "closing.product.kind.required");
		}
		check(problems, "title", this.title, true, MAX_TITLE, "closing.product.title");
		check(problems, "description", this.description, false, MAX_DESCRIPTION, "closing.product.description");
		check(problems, "authority", this.authority, this.kind == ProductKind.JOINT_SIGNAL, MAX_AUTHORITY,
				"closing.product.authority");
		check(problems, "rule", this.ruleTested, this.kind == ProductKind.LEGISLATION_TEST, MAX_RULE,
				"closing.product.rule");
		return problems;
	}

	ProductKind requiredKind() {
		if (this.kind == null) {
			throw new IllegalStateException("A product needs a kind");
		}
		return this.kind;
	}

	String requiredTitle() {
		if (this.title == null) {
			throw new IllegalStateException("A product needs a title");
		}
		return this.title;
	}

	private void check(Map<String, String> problems, String field, @Nullable String value, boolean required, int max,
			String key) {
		if (value == null && required) {
			problems.put(field + "-" + this.row, key + ".required");
		}
		else if (value != null && value.length() > max) {
			problems.put(field + "-" + this.row, key + ".tooLong");
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
