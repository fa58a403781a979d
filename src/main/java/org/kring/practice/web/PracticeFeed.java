package org.kring.practice.web;

import java.util.Comparator;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import org.kring.practice.internal.PracticeFilter;
import org.kring.practice.internal.PracticeQueries;
import org.kring.practice.internal.PracticeRow;
import org.kring.system.KringProperties;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The newest {@value #SIZE} published practices as an Atom feed, built with Rome.
 */
@RestController
class PracticeFeed {

	static final int SIZE = 50;

	private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private final PracticeQueries queries;

	private final KringProperties properties;

	private final MessageSource messages;

	private final String baseUrl;

	PracticeFeed(PracticeQueries queries, KringProperties properties, MessageSource messages) {
		this.queries = queries;
		this.messages = messages;
		this.properties = properties;
		this.baseUrl = properties.linkBase();
	}

	@GetMapping("/feeds/practices.atom")
	ResponseEntity<String> feed() throws FeedException {
		List<PracticeRow> rows = this.queries.published(PracticeFilter.NONE, 1, SIZE).rows();
		Feed feed = new Feed("atom_1.0");
		feed.setId(this.baseUrl + "/feeds/practices.atom");
		feed.setTitle(this.properties.name() + " · "
				+ this.messages.getMessage("practice.list.title", null, this.properties.defaultLanguage()));
		feed.setAlternateLinks(List.of(link(this.baseUrl + "/practices", "alternate")));
		feed.setOtherLinks(List.of(link(this.baseUrl + "/feeds/practices.atom", "self")));
		feed.setUpdated(rows.stream()
			.map(PracticeRow::updatedAt)
			.max(Comparator.naturalOrder())
			.map(Date::from)
			.orElse(new Date(0)));
		feed.setEntries(rows.stream().map(this::entry).toList());
		String xml = new WireFeedOutput().outputString(feed);
		return ResponseEntity.ok().contentType(ATOM).body(xml);
	}

	private Entry entry(PracticeRow row) {
		Entry entry = new Entry();
		entry.setId(this.baseUrl + row.path());
		entry.setTitle(row.title());
		entry.setAlternateLinks(List.of(link(this.baseUrl + row.path(), "alternate")));
		entry.setUpdated(Date.from(row.updatedAt()));
		if (row.publishedAt() != null) {
			entry.setPublished(Date.from(row.publishedAt()));
		}
		if (row.summary() != null) {
			Content summary = new Content();
			summary.setType("text");
			summary.setValue(row.summary());
			entry.setSummary(summary);
		}
		return entry;
	}

	private static Link link(String href, String rel) {
		Link link = new Link();
		link.setHref(href);
		link.setRel(rel);
		return link;
	}

}
