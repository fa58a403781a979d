package org.kring.meeting.web;

/**
 * One option of a radio group, check boxes or a select.
 *
 * @param value the value the form sends
 * @param key the message key of its label
 */
public record Choice(String value, String key) {
}
