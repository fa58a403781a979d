package org.kring.meeting.web;

/**
 * A member of a community who may be chosen as a meeting's facilitator.
 *
 * @param id the person's id
 * @param name their name
 */
public record MemberChoice(String id, String name) {
}
