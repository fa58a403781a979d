/**
 * Meetings: series that generate meetings a year ahead, meetings in a place, online or
 * both, registration with a waiting list, reminders, attendance, iCalendar files and
 * feeds, the theme agenda a community sets, and closing a meeting with its products. This
 * package is what other modules may use: the events it publishes, such as
 * {@link org.kring.meeting.MeetingClosed} with the
 * {@link org.kring.meeting.MeetingProduct products} a meeting produced. The sub-packages
 * are the module's own: {@code internal} the meetings themselves, {@code web} the pages,
 * feeds and the JSON API.
 */
@NullMarked
package org.kring.meeting;

import org.jspecify.annotations.NullMarked;
