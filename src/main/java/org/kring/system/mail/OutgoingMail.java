package org.kring.system.mail;

/**
 * One e-mail to one person, in plain text.
 *
 * @param to the recipient's address
 * @param subject the subject line
 * @param text the body in plain text; links are written out in full
 */
public record OutgoingMail(String to, String subject, String text) {
}
