package org.kring.meeting.closing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a facilitator closes a meeting with. Minutes are required: a closed meeting keeps
 * a record of what was said, even a short one. At least one product is required; rows
 * left empty do not count.
 *
 * @param minutes the minutes, in Markdown
 * @param rows the product rows of the form, filled or not
 */
public record ClosingInput(String minutes, List<ProductInput> rows) {

	/** The longest minutes kept. */
	public static final int MAX_MINUTES = 100_000;

	public ClosingInput {
		rows = List.copyOf(rows);
	}

	/**
	 * The rows that count.
	 * @return the filled rows, in order
	 */
	public List<ProductInput> products() {
		return this.rows.stream().filter(ProductInput::filled).toList();
	}

	/**
	 * What is wrong, as message keys by field name: {@code minutes}, {@code products} for
	 * no product at all, and each row's fields.
	 * @return the problems, empty when the meeting may be closed with this
	 */
	public Map<String, String> problems() {
		Map<String, String> problems = new LinkedHashMap<>();
		if (this.minutes.isBlank()) {
			problems.put("minutes", "closing.minutes.required");
		}
		else if (this.minutes.length() > MAX_MINUTES) {
			problems.put("minutes", "closing.minutes.tooLong");
		}
		List<ProductInput> products = products();
		if (products.isEmpty()) {
			problems.put("products", "closing.products.required");
		}
		products.forEach((product) -> problems.putAll(product.problems()));
		return problems;
	}

}
