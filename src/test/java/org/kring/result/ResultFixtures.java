package org.kring.result;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.meeting.MeetingFixtures;
import org.kring.result.internal.Action;
import org.kring.result.internal.Actions;
import org.kring.result.internal.Authority;
import org.kring.result.internal.LegislationTest;
import org.kring.result.internal.LegislationTests;
import org.kring.result.internal.Origin;
import org.kring.result.internal.Signal;
import org.kring.result.internal.SignalKind;
import org.kring.result.internal.SignalText;
import org.kring.result.internal.Signals;
import org.kring.result.internal.Tool;
import org.kring.result.internal.ToolLink;
import org.kring.result.internal.Tools;
import org.kring.system.TestPrincipal;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Signals, actions, tools, legislation tests and authorities for the result module's
 * tests, and their removal afterwards: every result of the communities the meeting
 * fixtures made, before those communities go.
 */
public final class ResultFixtures {

	private final JdbcTemplate jdbc;

	private final MeetingFixtures meetings;

	private final Signals signals;

	private final Actions actions;

	private final Tools tools;

	private final LegislationTests legislationTests;

	private final List<UUID> organisations = new ArrayList<>();

	public ResultFixtures(JdbcTemplate jdbc, MeetingFixtures meetings, Signals signals, Actions actions, Tools tools,
			LegislationTests legislationTests) {
		this.jdbc = jdbc;
		this.meetings = meetings;
		this.signals = signals;
		this.actions = actions;
		this.tools = tools;
		this.legislationTests = legislationTests;
	}

	/**
	 * An organisation of a government kind, to address signals to.
	 * @param name its name
	 * @param kind such as MUNICIPALITY or NATIONAL_AUTHORITY
	 * @return its id
	 */
	public UUID authority(String name, String kind) {
		UUID id = UUID.randomUUID();
		this.organisations.add(id);
		this.jdbc.update(
				"insert into organisation (id, slug, name, kind, country, created_at, version) values (?, ?, ?, ?, 'BE', ?, 0)",
				id, "org-" + id.toString().substring(0, 12), name, kind, Timestamp.from(Instant.now()));
		return id;
	}

	/** A draft signal of a community, addressed to an office, with its text and ask. */
	public Signal draftSignal(UUID community, TestPrincipal by, String title) {
		return this.signals.save(Signal.draft(community, SignalKind.SIGNAL,
				new SignalText(title, "What we found in practice about " + title + ".", "Twelve cases in 2026.",
						"Please change the procedure."),
				new Authority(null, "Integration office, Ghent"), Origin.DIRECT, by.id(), Instant.now()));
	}

	/** A draft signal made from a meeting, as if the meeting had produced it. */
	public Signal draftSignal(UUID community, TestPrincipal by, String title, Origin origin,
			@Nullable UUID authorityId) {
		Authority authority = (authorityId != null) ? new Authority(authorityId, null)
				: new Authority(null, "Integration office, Ghent");
		return this.signals.save(Signal.draft(community, SignalKind.SIGNAL,
				new SignalText(title, "Text of " + title + ".", null, "Please act."), authority, origin, by.id(),
				Instant.now()));
	}

	/** A planned action on a community's agenda of the current year. */
	public Action action(UUID community, TestPrincipal by, String title, @Nullable LocalDate dueOn,
			TestPrincipal... owners) {
		Set<UUID> ids = new java.util.LinkedHashSet<>();
		for (TestPrincipal owner : owners) {
			ids.add(owner.id());
		}
		return this.actions.save(Action.plan(community, LocalDate.now().getYear(), title, "About " + title + ".", dueOn,
				ids, Origin.DIRECT, by.id(), Instant.now()));
	}

	/** A tool with one link. */
	public Tool tool(UUID community, TestPrincipal by, String title) {
		return this.tools.save(Tool.add(community, title, "How to use " + title + ".",
				List.of(new ToolLink("Download", "https://example.org/" + title.hashCode())), Origin.DIRECT, by.id(),
				Instant.now()));
	}

	/** An entry in the legislation register. */
	public LegislationTest legislationTest(UUID community, TestPrincipal by, String rule, String title) {
		return this.legislationTests
			.save(LegislationTest.record(community, rule, title, "In practice " + title + " does not work.",
					"Change " + rule + ".", Origin.DIRECT, by.id(), Instant.now()));
	}

	/** Deletes every result of the meeting fixtures' communities, and the authorities. */
	public void deleteAll() {
		for (UUID community : this.meetings.communities()) {
			this.jdbc.update("delete from result_legislation_test where community_id = ?", community);
			this.jdbc.update("delete from result_signal where community_id = ?", community);
			this.jdbc.update("delete from result_action where community_id = ?", community);
			this.jdbc.update("delete from result_tool where community_id = ?", community);
		}
		for (UUID organisation : this.organisations) {
			this.jdbc.update("delete from organisation where id = ?", organisation);
		}
		this.organisations.clear();
	}

}
