package org.kring.library.web;

import java.util.Date;
import java.util.List;
import java.util.Locale;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import org.kring.library.internal.LibraryAccess;
import org.kring.library.internal.LibraryQueries;
import org.kring.library.internal.PublicationFilter;
import org.kring.library.internal.PublicationRow;
import org.kring.system.KringProperties;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The newest publications a visitor reads as an Atom feed, written by Rome, in the
 * instance's language.
 */
@Controller
class PublicationFeed {

	static final String PATH = "/feeds/publications.atom";

	private final LibraryQueries queries;

	private final LibraryAccess access;

	private final KringProperties properties;

	private final MessageSource messages;

	PublicationFeed(LibraryQueries queries, LibraryAccess access, KringProperties properties, MessageSource messages) {
		this.queries = queries;
		this.access = access;
		this.properties = properties;
		this.messages = messages;
	}

	@GetMapping(PATH)
	ResponseEntity<String> feed() throws FeedException {
		Locale language = this.properties.defaultLanguage();
		String base = this.properties.baseUrl().replaceAll("/+$", "");
		List<PublicationRow> rows = this.queries
			.list(PublicationFilter.ALL, this.access.readableCommunities(null), language, 50)
			.rows();
		SyndFeed feed = new SyndFeedImpl();
		feed.setFeedType("atom_1.0");
		feed.setTitle(this.messages.getMessage("library.title", null, language) + " · " + this.properties.name());
		feed.setLink(base + "/publications");
		feed.setUri(base + PATH);
		feed.setLanguage(language.getLanguage());
		feed.setAuthor(this.properties.name());
		feed.setPublishedDate(Date.from(rows.stream()
			.map(PublicationRow::updatedAt)
			.max(java.util.Comparator.naturalOrder())
			.orElse(java.time.Instant.EPOCH)));
		feed.setEntries(rows.stream().map((row) -> entry(row, base)).toList());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
			.body(new SyndFeedOutput().outputString(feed));
	}

	private static SyndEntry entry(PublicationRow row, String base) {
		SyndEntry entry = new SyndEntryImpl();
		entry.setTitle(row.title());
		entry.setLink(base + row.path());
		entry.setUri("urn:uuid:" + row.id());
		entry.setUpdatedDate(Date.from(row.updatedAt()));
		entry.setPublishedDate(Date.from(row.updatedAt()));
		if (row.authors() != null) {
			entry.setAuthor(row.authors());
		}
		if (row.summary() != null) {
			SyndContent summary = new SyndContentImpl();
			summary.setType("text/plain");
			summary.setValue(row.summary());
			entry.setDescription(summary);
		}
		return entry;
	}

}
