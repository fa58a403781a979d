package org.kring.system.web;

/**
 * The error page's model.
 *
 * @param status the HTTP status
 * @param titleKey the message key of the heading
 * @param textKey the message key of the explanation
 */
public record ErrorPage(int status, String titleKey, String textKey) {
}
