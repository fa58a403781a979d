package org.kring.meeting.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import gg.jte.TemplateEngine;
import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityManagement;
import org.kring.community.CommunitySummary;
import org.kring.meeting.internal.Meeting;
import org.kring.meeting.internal.MeetingAccess;
import org.kring.meeting.internal.Meetings;
import org.kring.system.KringPrincipal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A meeting's page, for whoever may read the meeting; anyone else gets the same 404 as
 * for a meeting that does not exist.
 */
@Controller
class MeetingController {

	static final String VIEW = "meeting/show";

	private final Meetings meetings;

	private final MeetingAccess access;

	private final CommunityManagement communities;

	private final ObjectProvider<MeetingPagePart> parts;

	private final TemplateEngine templates;

	MeetingController(Meetings meetings, MeetingAccess access, CommunityManagement communities,
			ObjectProvider<MeetingPagePart> parts, TemplateEngine templates) {
		this.meetings = meetings;
		this.access = access;
		this.communities = communities;
		this.parts = parts;
		this.templates = templates;
	}

	@GetMapping("/meetings/{id}")
	@Transactional(readOnly = true)
	String show(@PathVariable String id, @AuthenticationPrincipal @Nullable KringPrincipal me, Locale locale,
			Model model) {
		Meeting meeting = readable(id, me, this.meetings, this.access);
		CommunitySummary community = this.communities.canRead(me, meeting.communityId())
				? this.communities.find(meeting.communityId()).orElse(null) : null;
		List<MeetingPagePart.Part> shown = this.parts.orderedStream()
			.sorted(Comparator.comparingInt(MeetingPagePart::order))
			.map((part) -> part.part(meeting, me, locale))
			.flatMap(Optional::stream)
			.toList();
		model.addAttribute("page", new MeetingPage(meeting, community, meeting.speakers(), shown, this.templates));
		return VIEW;
	}

	/**
	 * The meeting an address names, when the reader may see it.
	 * @param id the id from the address
	 * @param me the reader, or null for a visitor
	 * @param meetings the meetings
	 * @param access who may see what
	 * @return the meeting
	 * @throws ResponseStatusException 404 for a malformed id, an unknown meeting or one
	 * the reader may not see
	 */
	static Meeting readable(String id, @Nullable KringPrincipal me, Meetings meetings, MeetingAccess access) {
		return parse(id).flatMap(meetings::findById)
			.filter((meeting) -> access.canRead(me, meeting))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static Optional<UUID> parse(String id) {
		try {
			return Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
