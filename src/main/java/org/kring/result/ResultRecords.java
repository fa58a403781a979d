package org.kring.result;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityManagement;
import org.kring.community.CommunityRole;
import org.kring.result.internal.Action;
import org.kring.result.internal.Actions;
import org.kring.result.internal.Authority;
import org.kring.result.internal.Contact;
import org.kring.result.internal.FollowUpOutcome;
import org.kring.result.internal.Origin;
import org.kring.result.internal.Signal;
import org.kring.result.internal.SignalBook;
import org.kring.result.internal.SignalSettings;
import org.kring.result.internal.SignalText;
import org.kring.result.internal.Signals;
import org.kring.result.internal.ToolDraft;
import org.kring.result.internal.Toolbox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Results put in by the instance itself (demo data, imports of a community's earlier
 * work), each step dated when it happened, possibly long ago. Each step is taken in the
 * name of the person it names, who must be allowed to take it: a facilitator writes and
 * sends signals, plans actions and adds tools; an owner or a facilitator reports on an
 * action. Nothing is mailed and no event is published: this is history, not news. The
 * authority's personal link of a recorded signal is the hash of a secret nobody has, so
 * only the reminder (due as usual after sending) gives its contact a working one.
 */
@Service
public class ResultRecords {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Signals signals;

	private final Actions actions;

	private final Toolbox toolbox;

	private final CommunityManagement communities;

	private final SignalSettings settings;

	private final JdbcClient jdbc;

	private final Clock clock;

	ResultRecords(Signals signals, Actions actions, Toolbox toolbox, CommunityManagement communities,
			SignalSettings settings, JdbcClient jdbc, Clock clock) {
		this.signals = signals;
		this.actions = actions;
		this.toolbox = toolbox;
		this.communities = communities;
		this.settings = settings;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Whether a community has any result: a signal, an action, a tool or a legislation
	 * test.
	 * @param communityId the community
	 * @return true when it has
	 */
	@Transactional(readOnly = true)
	public boolean hasResults(UUID communityId) {
		return this.jdbc.sql("""
				select count(*) from (
				  select id from result_signal where community_id = :community
				  union all select id from result_action where community_id = :community
				  union all select id from result_tool where community_id = :community
				  union all select id from result_legislation_test where community_id = :community
				) results""").param("community", communityId).query(Long.class).single() > 0;
	}

	/**
	 * A facilitator wrote a signal, of the community's usual kind: a recommendation for
	 * an advisory body, else a joint signal.
	 * @param communityId the community that signs it
	 * @param title its title
	 * @param body the signal itself
	 * @param evidence what it rests on, or null
	 * @param ask what the authority is asked to do
	 * @param authorityId the organisation of a government kind it addresses
	 * @param by the facilitator who wrote it
	 * @param at when
	 * @return the signal's id
	 * @throws IllegalArgumentException when they do not facilitate the community
	 */
	@Transactional
	public UUID writeSignal(UUID communityId, String title, String body, @Nullable String evidence, String ask,
			UUID authorityId, UUID by, Instant at) {
		requireFacilitator(communityId, by);
		var kind = SignalBook.kindsFor(this.communities.find(communityId).orElseThrow()).get(0);
		return this.signals
			.save(Signal.draft(communityId, kind, new SignalText(title, body, evidence, ask),
					new Authority(authorityId, null), Origin.DIRECT, by, at))
			.id();
	}

	/**
	 * A facilitator sent a signal to a contact at its authority; the one reminder falls
	 * due as for any signal sent.
	 * @param signalId the written signal
	 * @param contactName the contact's name or function
	 * @param contactEmail their address
	 * @param contactLanguage the language of their mails, such as {@code nl}
	 * @param by the facilitator who sent it
	 * @param at when
	 */
	@Transactional
	public void sendSignal(UUID signalId, String contactName, String contactEmail, String contactLanguage, UUID by,
			Instant at) {
		Signal signal = signal(signalId);
		requireFacilitator(signal.communityId(), by);
		byte[] nobodysSecret = new byte[32];
		RANDOM.nextBytes(nobodysSecret);
		signal.send(new Contact(contactName, contactEmail, contactLanguage), HexFormat.of().formatHex(nobodysSecret),
				by, at, at.plus(this.settings.remindAfter()));
	}

	/**
	 * The authority said it received a signal.
	 * @param signalId the sent signal
	 * @param at when
	 */
	@Transactional
	public void acknowledgeSignal(UUID signalId, Instant at) {
		signal(signalId).acknowledge(at);
	}

	/**
	 * The authority answered a signal.
	 * @param signalId the sent signal
	 * @param answer its answer
	 * @param answeredBy the name the answer is signed with
	 * @param at when
	 */
	@Transactional
	public void answerSignal(UUID signalId, String answer, String answeredBy, Instant at) {
		signal(signalId).answer(answer, answeredBy, at);
	}

	/**
	 * The community recorded what came of an answer.
	 * @param signalId the answered signal
	 * @param outcome {@code IMPLEMENTED}, {@code PARTLY_IMPLEMENTED} or
	 * {@code NOT_IMPLEMENTED}
	 * @param note what they found, or null
	 * @param at when
	 */
	@Transactional
	public void followUpSignal(UUID signalId, String outcome, @Nullable String note, Instant at) {
		signal(signalId).followUp(FollowUpOutcome.valueOf(outcome), note, at);
	}

	/**
	 * A facilitator put an action on a community's agenda of a year.
	 * @param communityId the community
	 * @param agendaYear the agenda's year
	 * @param title what is to be done
	 * @param description more about it, or null
	 * @param dueOn by when, not before the day it was planned, or null
	 * @param owners members of the community who take it on
	 * @param by the facilitator who planned it
	 * @param at when
	 * @return the action's id
	 * @throws IllegalArgumentException when they do not facilitate the community, an
	 * owner is not a member or the due date comes before the action
	 */
	@Transactional
	public UUID planAction(UUID communityId, int agendaYear, String title, @Nullable String description,
			@Nullable LocalDate dueOn, Set<UUID> owners, UUID by, Instant at) {
		requireFacilitator(communityId, by);
		if (!this.communities.membersOf(communityId).containsAll(owners)) {
			throw new IllegalArgumentException("Owners of an action are members of its community");
		}
		if (dueOn != null && dueOn.isBefore(LocalDate.ofInstant(at, this.clock.getZone()))) {
			throw new IllegalArgumentException("An action is not due before it was planned");
		}
		return this.actions
			.saveAndFlush(
					Action.plan(communityId, agendaYear, title, description, dueOn, owners, Origin.DIRECT, by, at))
			.id();
	}

	/**
	 * An owner or a facilitator reported progress on an open action, which is in progress
	 * from then on. The update is written directly: its day and time are the past ones
	 * given, which the agenda's own service would not take.
	 * @param actionId the action
	 * @param text what happened
	 * @param percentage how far along, from 0 to 100
	 * @param by who reported it
	 * @param at when; the update reports on that day
	 */
	@Transactional
	public void reportProgress(UUID actionId, String text, int percentage, UUID by, Instant at) {
		reported(actionId, by, (action) -> action.progressed(percentage, at));
		this.jdbc.sql("""
				insert into result_action_update (id, action_id, written_by, written_at, update_on, text, percentage)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), actionId, by, at.atZone(this.clock.getZone()).toOffsetDateTime(),
					LocalDate.ofInstant(at, this.clock.getZone()), text, percentage)
			.update();
	}

	/**
	 * An owner or a facilitator marked an open action done.
	 * @param actionId the action
	 * @param by who did
	 * @param at when
	 */
	@Transactional
	public void completeAction(UUID actionId, UUID by, Instant at) {
		reported(actionId, by, (action) -> action.complete(at));
	}

	/**
	 * An owner or a facilitator dropped an open action, for a reason.
	 * @param actionId the action
	 * @param reason why
	 * @param by who did
	 * @param at when
	 */
	@Transactional
	public void dropAction(UUID actionId, String reason, UUID by, Instant at) {
		reported(actionId, by, (action) -> action.drop(reason, at));
	}

	/**
	 * A facilitator added a tool to a community's toolbox, with its links, now.
	 * @param communityId the community
	 * @param title its name
	 * @param description what it is and how to use it, or null
	 * @param labels the links' labels
	 * @param urls the links' http(s) addresses, in the same order
	 * @param by the facilitator
	 * @return the tool's id
	 */
	@Transactional
	public UUID addTool(UUID communityId, String title, @Nullable String description, List<String> labels,
			List<String> urls, UUID by) {
		requireFacilitator(communityId, by);
		return this.toolbox.add(communityId, ToolDraft.of(title, description, labels, urls), by).id();
	}

	private Signal signal(UUID signalId) {
		return this.signals.findById(signalId).orElseThrow();
	}

	private void reported(UUID actionId, UUID by, Consumer<Action> change) {
		Action action = this.actions.findById(actionId).orElseThrow();
		if (!action.owners().contains(by) && !facilitates(action.communityId(), by)) {
			throw new IllegalArgumentException("Owners and facilitators report on an action");
		}
		change.accept(action);
	}

	private void requireFacilitator(UUID communityId, UUID personId) {
		if (!facilitates(communityId, personId)) {
			throw new IllegalArgumentException("Only a facilitator of the community may do this");
		}
	}

	private boolean facilitates(UUID communityId, UUID personId) {
		return this.communities.roleOf(personId, communityId)
			.map((role) -> role == CommunityRole.FACILITATOR)
			.orElse(false);
	}

}
