package org.kring.system.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Told when someone picks a language with the language switcher, so that a module that
 * keeps a person's own language setting can follow the choice: a setting always beats the
 * switcher's cookie, and would otherwise make the switcher seem broken.
 */
public interface LanguageChoice {

	/**
	 * A supported language was chosen on this request.
	 * @param language the chosen language, one Kring offers
	 * @param request the switcher's request
	 * @param response its response
	 */
	void chosen(Locale language, HttpServletRequest request, HttpServletResponse response);

}
