/**
 * Closing a meeting that took place: its minutes, the attendance recorded for it, and the
 * products it closes with, published as {@link org.kring.meeting.MeetingClosed}.
 */
@NullMarked
package org.kring.meeting.closing;

import org.jspecify.annotations.NullMarked;
