package org.kring.discussion.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.kring.community.CommunityManagement;
import org.kring.discussion.internal.DiscussionBlocked;
import org.kring.discussion.web.ModerationPages.Blocked;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers a person blocked from a community's discussions who tries to write there with
 * 403 and a page that says they are blocked, and that they still read the community's
 * public threads.
 */
@ControllerAdvice(assignableTypes = DiscussionController.class)
class BlockedAdvice {

	static final String BLOCKED_VIEW = "discussion/blocked";

	private final CommunityManagement communities;

	BlockedAdvice(CommunityManagement communities) {
		this.communities = communities;
	}

	@ExceptionHandler(DiscussionBlocked.class)
	ModelAndView blocked(DiscussionBlocked blocked, HttpServletResponse response) {
		response.setStatus(HttpStatus.FORBIDDEN.value());
		return new ModelAndView(BLOCKED_VIEW, Map.of("page", new Blocked(this.communities.find(blocked.communityId())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)))));
	}

}
