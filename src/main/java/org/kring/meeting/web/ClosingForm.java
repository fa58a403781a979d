package org.kring.meeting.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.kring.meeting.ProductKind;
import org.kring.meeting.closing.ClosingInput;
import org.kring.meeting.closing.ProductInput;

/**
 * The closing form as typed: the minutes and a number of product rows, each with its
 * fields named by row ({@code kind-0}, {@code title-0}, ...). Without script, "more rows"
 * sends the form back with two rows more and everything typed kept.
 *
 * @param minutes the minutes as typed
 * @param rows the product rows
 */
public record ClosingForm(String minutes, List<Row> rows) {

	/** The rows an empty form shows. */
	static final int ROWS = 4;

	/** The most rows a form shows. */
	static final int MAX_ROWS = 20;

	public ClosingForm {
		rows = List.copyOf(rows);
	}

	static ClosingForm empty() {
		return new ClosingForm("", IntStream.range(0, ROWS).mapToObj((row) -> Row.EMPTY).toList());
	}

	/**
	 * Reads a submitted form.
	 * @param params the request's parameters
	 * @return the form, with as many rows as it was sent with
	 */
	static ClosingForm of(Map<String, String> params) {
		int count = Math.clamp(number(params.get("rows")), 1, MAX_ROWS);
		List<Row> rows = new ArrayList<>();
		for (int row = 0; row < count; row++) {
			rows.add(new Row(value(params, "kind-" + row), value(params, "title-" + row),
					value(params, "description-" + row), value(params, "authority-" + row),
					value(params, "rule-" + row)));
		}
		return new ClosingForm(value(params, "minutes"), rows);
	}

	/**
	 * The same form with two empty rows more.
	 * @return the longer form
	 */
	ClosingForm more() {
		List<Row> longer = new ArrayList<>(this.rows);
		while (longer.size() < Math.min(this.rows.size() + 2, MAX_ROWS)) {
			longer.add(Row.EMPTY);
		}
		return new ClosingForm(this.minutes, longer);
	}

	/**
	 * Whether another two rows may be added.
	 * @return true below the most rows
	 */
	public boolean mayAddRows() {
		return this.rows.size() < MAX_ROWS;
	}

	ClosingInput input() {
		return new ClosingInput(this.minutes,
				IntStream.range(0, this.rows.size()).mapToObj((index) -> this.rows.get(index).input(index)).toList());
	}

	private static int number(@Nullable String value) {
		try {
			return (value != null) ? Integer.parseInt(value.strip()) : ROWS;
		}
		catch (NumberFormatException ex) {
			return ROWS;
		}
	}

	private static String value(Map<String, String> params, String name) {
		String value = params.get(name);
		return (value != null) ? value : "";
	}

	/**
	 * One product row as typed.
	 *
	 * @param kind the chosen kind's name, or empty
	 * @param title the title
	 * @param description the description
	 * @param authority the authority a joint signal is addressed to
	 * @param rule the rule a legislation test tests
	 */
	public record Row(String kind, String title, String description, String authority, String rule) {

		static final Row EMPTY = new Row("", "", "", "", "");

		/**
		 * Whether a kind is the chosen one, to select it again.
		 * @param name the kind's name
		 * @return true when chosen
		 */
		public boolean isKind(String name) {
			return this.kind.equals(name);
		}

		ProductInput input(int row) {
			return new ProductInput(row, kindOf(this.kind), this.title, this.description, this.authority, this.rule);
		}

		private static @Nullable ProductKind kindOf(String name) {
			for (ProductKind kind : ProductKind.values()) {
				if (kind.name().equals(name)) {
					return kind;
				}
			}
			return null;
		}

	}

}
