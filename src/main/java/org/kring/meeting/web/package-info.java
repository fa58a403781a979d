/**
 * The meeting module's pages, calendar files and feeds, and JSON API.
 */
@NullMarked
package org.kring.meeting.web;

import org.jspecify.annotations.NullMarked;
