/**
 * The meeting module's own: series, meetings, registrations, themes and products, and who
 * may do what with them.
 */
@NullMarked
package org.kring.meeting.internal;

import org.jspecify.annotations.NullMarked;
