package org.kring.result.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing a community's toolbox: adding, revising and removing tools. Who may do so the
 * caller has asked {@link ResultAccess#mayFacilitate} already.
 */
@Service
public class Toolbox {

	private final Tools tools;

	private final Clock clock;

	Toolbox(Tools tools, Clock clock) {
		this.tools = tools;
		this.clock = clock;
	}

	/**
	 * A stored tool with its links, to show or edit.
	 * @param toolId the tool
	 * @return the tool, or empty when there is none
	 */
	@Transactional(readOnly = true)
	public Optional<Tool> find(UUID toolId) {
		Optional<Tool> tool = this.tools.findById(toolId);
		tool.ifPresent(Tool::links);
		return tool;
	}

	/**
	 * Adds a tool written directly, without a meeting.
	 * @param communityId the community
	 * @param draft the checked tool
	 * @param by who adds it
	 * @return the tool
	 */
	@Transactional
	public Tool add(UUID communityId, ToolDraft draft, UUID by) {
		return this.tools.save(Tool.add(communityId, draft.title(), draft.description(), draft.links(), Origin.DIRECT,
				by, this.clock.instant()));
	}

	/**
	 * Revises a tool as it was when the form was opened.
	 * @param tool the stored tool
	 * @param version its version when the form was opened
	 * @param draft the checked tool
	 * @throws OptimisticLockingFailureException when someone changed it since
	 */
	@Transactional
	public void revise(Tool tool, long version, ToolDraft draft) {
		Tool stored = this.tools.findById(tool.id())
			.filter((found) -> found.version() == version)
			.orElseThrow(() -> new ObjectOptimisticLockingFailureException(Tool.class, tool.id()));
		stored.revise(draft.title(), draft.description(), draft.links());
		this.tools.saveAndFlush(stored);
	}

	/**
	 * Removes a tool and its links.
	 * @param tool the tool
	 */
	@Transactional
	public void remove(Tool tool) {
		this.tools.deleteById(tool.id());
	}

}
