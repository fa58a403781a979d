package org.kring.result.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.kring.community.CommunitySummary;
import org.kring.result.internal.ToolboxSearch;

/**
 * The addresses of the toolbox's and the register's pages.
 */
final class ToolboxPaths {

	private ToolboxPaths() {
	}

	static String tools(CommunitySummary community) {
		return "/communities/" + community.slug() + "/tools";
	}

	static String legislationTests(CommunitySummary community) {
		return "/communities/" + community.slug() + "/legislation-tests";
	}

	static String page(String path, ToolboxSearch search, int page) {
		String query = (search.text() != null) ? "q=" + URLEncoder.encode(search.text(), StandardCharsets.UTF_8) + "&"
				: "";
		return path + "?" + query + "page=" + page;
	}

}
