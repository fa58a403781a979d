package org.kring.meeting.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

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
 * @param resultPaths where each product lives on, by product id, as far as the reader may
 * follow it
 */
public record OutcomeView(String meetingId, String minutesHtml, List<Product> products, @Nullable Attendance attendance,
		boolean mayClose, Map<UUID, String> resultPaths) {

	public OutcomeView {
		products = List.copyOf(products);
		resultPaths = Map.copyOf(resultPaths);
	}

	/**
	 * Where a product lives on, for the reader.
	 * @param product the product
	 * @return the address of the result it became, or null when there is none to show
	 */
	public @Nullable String resultPath(Product product) {
		return this.resultPaths.get(product.id());
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
