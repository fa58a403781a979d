package org.kring.result.internal;

import org.jspecify.annotations.Nullable;

/**
 * What a signal says: its title, its text, the evidence behind it and what it asks of the
 * authority. A draft may lack the text and the ask; sending needs them.
 *
 * @param title a short title
 * @param body the signal itself, or null in a draft
 * @param evidence what it rests on, or null
 * @param ask what the authority is asked to do, or null in a draft
 */
public record SignalText(String title, @Nullable String body, @Nullable String evidence, @Nullable String ask) {
}
