package org.kring.meeting.closing;

/**
 * Who came to a meeting, as recorded by its facilitators.
 *
 * @param registered the people whose registration was confirmed, walk-ins left out
 * @param attended how many of them were marked present
 * @param walkIns the people added at the door
 * @param recorded whether any attendance was recorded at all
 */
public record Attendance(int registered, int attended, int walkIns, boolean recorded) {
}
