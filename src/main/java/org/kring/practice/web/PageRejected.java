package org.kring.practice.web;

import org.springframework.web.servlet.ModelAndView;

/**
 * A download that cannot be made from what was sent: the page to show instead, with the
 * problems next to the fields, answered with 422. A handler that otherwise returns a file
 * throws it, for its controller to render the page.
 */
final class PageRejected extends RuntimeException {

	private final transient ModelAndView page;

	PageRejected(ModelAndView page) {
		super(null, null, false, false);
		this.page = page;
	}

	ModelAndView page() {
		return this.page;
	}

}
