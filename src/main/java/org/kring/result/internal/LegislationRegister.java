package org.kring.result.internal;

import java.time.Clock;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing a community's register of legislation tested in practice, and turning an entry
 * into a draft signal to the authority, once. Who may do so the caller has asked
 * {@link ResultAccess#mayFacilitate} already.
 */
@Service
public class LegislationRegister {

	/** The longest text a signal holds. */
	private static final int SIGNAL_BODY = 8000;

	private final LegislationTests entries;

	private final Signals signals;

	private final Governments governments;

	private final Clock clock;

	LegislationRegister(LegislationTests entries, Signals signals, Governments governments, Clock clock) {
		this.entries = entries;
		this.signals = signals;
		this.governments = governments;
		this.clock = clock;
	}

	/**
	 * Records an entry written directly, without a meeting.
	 * @param communityId the community
	 * @param draft the checked entry
	 * @param by who wrote it
	 * @return the entry
	 */
	@Transactional
	public LegislationTest record(UUID communityId, LegislationDraft draft, UUID by) {
		return this.entries.save(LegislationTest.record(communityId, draft.ruleTested(), draft.title(), draft.finding(),
				draft.recommendation(), Origin.DIRECT, by, this.clock.instant()));
	}

	/**
	 * Revises an entry as it was when the form was opened.
	 * @param entry the stored entry
	 * @param version its version when the form was opened
	 * @param draft the checked entry
	 * @throws OptimisticLockingFailureException when someone changed it since
	 */
	@Transactional
	public void revise(LegislationTest entry, long version, LegislationDraft draft) {
		LegislationTest stored = this.entries.findById(entry.id())
			.filter((found) -> found.version() == version)
			.orElseThrow(() -> new ObjectOptimisticLockingFailureException(LegislationTest.class, entry.id()));
		stored.revise(draft.ruleTested(), draft.title(), draft.finding(), draft.recommendation());
		this.entries.saveAndFlush(stored);
	}

	/**
	 * Turns an entry into a draft joint signal of its community: its title, what was
	 * found and the rule as the text, its recommendation as what is asked, from the same
	 * meeting.
	 * @param entry the entry
	 * @param organisationId the organisation of a government kind addressed, or null
	 * @param office the office addressed, or null
	 * @param by who turns it
	 * @return the draft signal
	 * @throws ToolboxRefused when no authority is named ({@code authority}), or the entry
	 * was turned into a signal already ({@code signal})
	 */
	@Transactional
	public Signal turnIntoSignal(LegislationTest entry, @Nullable UUID organisationId, @Nullable String office,
			UUID by) {
		LegislationTest stored = this.entries.findById(entry.id())
			.orElseThrow(() -> new ObjectOptimisticLockingFailureException(LegislationTest.class, entry.id()));
		if (stored.turnedIntoSignal()) {
			throw new ToolboxRefused("signal", "legislation.signal.already");
		}
		Authority authority = authority(organisationId, Texts.blankToNull(office));
		String text = body(stored);
		Signal signal = this.signals.save(Signal.draft(stored.communityId(), SignalKind.SIGNAL,
				new SignalText(stored.title(), text, null, stored.recommendation()), authority, stored.origin(), by,
				this.clock.instant()));
		stored.turnedInto(signal.id());
		this.entries.saveAndFlush(stored);
		return signal;
	}

	private Authority authority(@Nullable UUID organisationId, @Nullable String office) {
		if (office != null && office.length() > 200) {
			throw new ToolboxRefused("office", "legislation.office.long");
		}
		boolean government = organisationId != null && this.governments.isGovernment(organisationId);
		try {
			return new Authority(government ? organisationId : null, office);
		}
		catch (SignalRefused refused) {
			throw new ToolboxRefused(refused.field(), refused.messageKey());
		}
	}

	/** What was found, then the rule tested, cut to what a signal holds. */
	private static String body(LegislationTest entry) {
		String rule = entry.ruleTested();
		String finding = entry.finding();
		if (finding == null) {
			return rule;
		}
		String tail = "\n\n" + rule;
		String head = (finding.length() + tail.length() > SIGNAL_BODY)
				? finding.substring(0, SIGNAL_BODY - tail.length()) : finding;
		return head + tail;
	}

}
