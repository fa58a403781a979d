package org.kring.site;

import java.util.List;

import org.kring.meeting.UpcomingMeeting;

/**
 * The home page's model.
 *
 * @param instanceName the name of this instance
 * @param loggedOut whether the visitor has just logged out
 * @param upcoming the next public meetings, soonest first
 */
public record HomePage(String instanceName, boolean loggedOut, List<UpcomingMeeting> upcoming) {
}
