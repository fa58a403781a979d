package org.kring.community.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.kring.community.internal.Community;
import org.kring.community.internal.MembershipRefused;
import org.kring.system.KringProperties;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * What the membership pages share: dates in the instance's time zone (which the list of
 * proposals uses too), community names in the reader's language, and problems carried to
 * the page after a redirect.
 */
@Component
class MembershipViews {

	private final KringProperties properties;

	MembershipViews(KringProperties properties) {
		this.properties = properties;
	}

	String date(Instant instant, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
			.withLocale(locale)
			.withZone(this.properties.timeZone())
			.format(instant);
	}

	String dateTime(Instant instant, Locale locale) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(this.properties.timeZone())
			.format(instant);
	}

	static String name(Community community, Locale locale) {
		return community.name(locale).value();
	}

	static ModelAndView view(String name, Object page) {
		return new ModelAndView(name, Map.of("page", page));
	}

	/**
	 * Goes back to a page, which then tells why the step was refused.
	 */
	static String refused(MembershipRefused refused, HttpServletRequest request, String path) {
		RequestContextUtils.getOutputFlashMap(request).put(Problem.FLASH, Problem.of(refused));
		return "redirect:" + path;
	}

	static @Nullable Problem problem(HttpServletRequest request) {
		Map<String, ?> flashed = RequestContextUtils.getInputFlashMap(request);
		return (flashed != null) ? Problem.from(flashed.get(Problem.FLASH)) : null;
	}

	static String communityPath(String slug) {
		return "/communities/" + slug;
	}

}
