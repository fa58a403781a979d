package org.kring.result.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.kring.community.CommunitySummary;
import org.kring.result.internal.YearReview;

/**
 * The year review of a community's action agenda, as a page and as a PDF.
 *
 * @param community the community
 * @param review what became of each action of the year
 */
public record ReviewPage(CommunitySummary community, YearReview review) {

	/**
	 * The address of this review.
	 * @return such as {@code /communities/…/actions/review?year=2026}
	 */
	public String path() {
		return path(this.review.year());
	}

	/**
	 * The address of another year's review.
	 * @param year the year
	 * @return its address
	 */
	public String path(int year) {
		return base() + "?year=" + year;
	}

	/**
	 * The address of this review as comma-separated values.
	 * @return such as {@code /communities/…/actions/review.csv?year=2026}
	 */
	public String csvPath() {
		return base() + ".csv?year=" + this.review.year();
	}

	/**
	 * The address of this review as a PDF.
	 * @return such as {@code /communities/…/actions/review.pdf?year=2026}
	 */
	public String pdfPath() {
		return base() + ".pdf?year=" + this.review.year();
	}

	/**
	 * The address of the community's action agenda.
	 * @return such as {@code /communities/…/actions}
	 */
	public String agendaPath() {
		return "/communities/" + this.community.slug() + "/actions";
	}

	/**
	 * The key of the status an action ended in, overdue for an open one past its due
	 * date.
	 * @param action the action
	 * @return a message key
	 */
	public static String statusKey(YearReview.Reviewed action) {
		return action.overdue() ? "yearreview.status.overdue" : action.status().messageKey();
	}

	/**
	 * A day as the reader's language writes it.
	 * @param day the day
	 * @param language the language
	 * @return such as {@code 3 March 2026}
	 */
	public static String day(LocalDate day, Locale language) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language).format(day);
	}

	private String base() {
		return agendaPath() + "/review";
	}

}
