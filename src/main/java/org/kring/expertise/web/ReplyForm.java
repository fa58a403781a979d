package org.kring.expertise.web;

import org.jspecify.annotations.Nullable;

/**
 * An expert's answer or reason for declining, as typed.
 *
 * @param answer the answer
 * @param reason the reason for declining
 */
public record ReplyForm(@Nullable String answer, @Nullable String reason) {

	static final ReplyForm EMPTY = new ReplyForm(null, null);

}
