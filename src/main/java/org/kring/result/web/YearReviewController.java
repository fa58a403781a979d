package org.kring.result.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityManagement;
import org.kring.community.CommunitySummary;
import org.kring.result.internal.ResultAccess;
import org.kring.result.internal.YearReview;
import org.kring.result.internal.YearReviews;
import org.kring.system.KringPrincipal;
import org.kring.system.web.Csv;
import org.kring.system.web.PdfDocuments;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The year review of a community's action agenda, as a printable page, as comma-separated
 * values and as a PDF, for whoever may read the community (anyone else gets the same 404
 * as for a community that does not exist). Without a year it shows the current one.
 */
@Controller
class YearReviewController {

	static final String VIEW = "result/review";

	static final String PDF = "result/review-pdf";

	private static final int FIRST_YEAR = 2000;

	private static final int LAST_YEAR = 2999;

	private final YearReviews reviews;

	private final ResultAccess access;

	private final CommunityManagement communities;

	private final MessageSource messages;

	private final PdfDocuments pdfs;

	private final Clock clock;

	YearReviewController(YearReviews reviews, ResultAccess access, CommunityManagement communities,
			MessageSource messages, PdfDocuments pdfs, Clock clock) {
		this.reviews = reviews;
		this.access = access;
		this.communities = communities;
		this.messages = messages;
		this.pdfs = pdfs;
		this.clock = clock;
	}

	@GetMapping("/communities/{slug}/actions/review")
	ModelAndView show(@PathVariable String slug, @RequestParam(required = false) @Nullable String year,
			@AuthenticationPrincipal @Nullable KringPrincipal me) {
		return new ModelAndView(VIEW, Map.of("page", page(slug, year, me)));
	}

	@GetMapping("/communities/{slug}/actions/review.csv")
	ResponseEntity<byte[]> csv(@PathVariable String slug, @RequestParam(required = false) @Nullable String year,
			@AuthenticationPrincipal @Nullable KringPrincipal me, Locale locale) {
		ReviewPage page = page(slug, year, me);
		Csv csv = new Csv()
			.row(List.of("title", "status", "owners", "due", "progress", "dropReason", "meeting", "theme", "updates",
					"lastUpdate")
				.stream()
				.map((column) -> text("yearreview.csv." + column, locale))
				.toList());
		for (YearReview.Reviewed action : page.review().actions()) {
			List<@Nullable String> cells = new ArrayList<>();
			cells.add(action.title());
			cells.add(text(ReviewPage.statusKey(action), locale));
			cells.add(String.join(", ", action.owners()));
			cells.add((action.dueOn() != null) ? action.dueOn().toString() : null);
			cells.add(Integer.toString(action.progress()));
			cells.add(action.dropReason());
			cells.add((action.meeting() != null) ? action.meeting().title() : null);
			cells.add(action.theme());
			cells.add(Integer.toString(action.updates().size()));
			cells.add((action.lastUpdate() != null) ? action.lastUpdate().text() : null);
			csv.row(cells);
		}
		return csv.download(filename(page, "csv"));
	}

	@GetMapping("/communities/{slug}/actions/review.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String slug, @RequestParam(required = false) @Nullable String year,
			@AuthenticationPrincipal @Nullable KringPrincipal me, HttpServletRequest request) {
		ReviewPage page = page(slug, year, me);
		return this.pdfs.download(PDF, Map.of("page", page), request, filename(page, "pdf"));
	}

	private ReviewPage page(String slug, @Nullable String year, @Nullable KringPrincipal me) {
		CommunitySummary community = this.communities.findBySlug(slug)
			.filter((found) -> this.access.canRead(me, found.id()))
			.orElseThrow(YearReviewController::notFound);
		LocalDate today = LocalDate.now(this.clock);
		return new ReviewPage(community, this.reviews.review(community.id(), year(year, today), today));
	}

	private static int year(@Nullable String year, LocalDate today) {
		if (year == null || year.isBlank()) {
			return today.getYear();
		}
		try {
			int asked = Integer.parseInt(year.strip());
			if (asked >= FIRST_YEAR && asked <= LAST_YEAR) {
				return asked;
			}
		}
		catch (NumberFormatException ex) {
			// no such review, as for a year out of range
		}
		throw notFound();
	}

	private static String filename(ReviewPage page, String extension) {
		return "actions-" + page.community().slug() + "-" + page.review().year() + "." + extension;
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
