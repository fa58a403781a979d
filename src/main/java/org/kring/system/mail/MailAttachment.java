package org.kring.system.mail;

import java.util.Arrays;
import java.util.Objects;

/**
 * A file sent with a mail.
 *
 * @param fileName the name the recipient's mail program shows, such as
 * {@code meeting.ics}
 * @param contentType the MIME type with its parameters, such as
 * {@code text/calendar; charset=UTF-8; method=REQUEST}
 * @param content the bytes
 */
public record MailAttachment(String fileName, String contentType, byte[] content) {

	public MailAttachment {
		content = content.clone();
	}

	@Override
	public byte[] content() {
		return this.content.clone();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof MailAttachment that && this.fileName.equals(that.fileName)
				&& this.contentType.equals(that.contentType) && Arrays.equals(this.content, that.content);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.fileName, this.contentType, Arrays.hashCode(this.content));
	}

	@Override
	public String toString() {
		return "MailAttachment[" + this.fileName + ", " + this.contentType + ", " + this.content.length + " bytes]";
	}

}
