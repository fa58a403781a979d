package org.kring.meeting.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kring.meeting.closing.Attendance;
import org.kring.meeting.closing.Product;
import org.kring.system.web.Markdown;

/**
 * What the outcome part of a meeting's page shows.
 *
 * @param meetingId the meeting
 * @param minutesHtml the minutes, rendered and sanitized by {@link Markdown}: the only
 * value the template writes unescaped
 * @param products the products, in order
 * @param attendance the attendance, or null when the meeting is not closed
 * @param mayClose whether to show the link to close the meeting instead
 */
public record OutcomeView(String meetingId, String minutesHtml, List<Product> products, @Nullable Attendance attendance,
		boolean mayClose) {

	public OutcomeView {
		products = List.copyOf(products);
	}

	/**
	 * The message key naming a product's kind.
	 * @param product the product
	 * @return such as {@code closing.kind.TOOL}
	 */
	public String kindKey(Product product) {
		return ClosingPage.kindKey(product.kind());
	}

}
