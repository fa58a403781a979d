package org.kring.result.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.kring.meeting.MeetingClosed;
import org.kring.meeting.MeetingProduct;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Gives each product of a closed meeting its life afterwards: a tool goes into the
 * community's toolbox, a joint signal becomes a draft signal, an action proposal an
 * action on the agenda of the year the meeting was held (needing an owner until a
 * facilitator names one), a legislation test an entry in the register. Each product
 * becomes one result only, also when the event is delivered again.
 */
@Component
class ResultsFromMeetings {

	private final Signals signals;

	private final Actions actions;

	private final Tools tools;

	private final LegislationTests legislationTests;

	private final Governments governments;

	private final Clock clock;

	ResultsFromMeetings(Signals signals, Actions actions, Tools tools, LegislationTests legislationTests,
			Governments governments, Clock clock) {
		this.signals = signals;
		this.actions = actions;
		this.tools = tools;
		this.legislationTests = legislationTests;
		this.governments = governments;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(MeetingClosed meeting) {
		Instant now = this.clock.instant();
		for (MeetingProduct product : meeting.products()) {
			Origin origin = Origin.of(meeting, product);
			switch (product.kind()) {
				case TOOL -> {
					if (!this.tools.existsByOriginProductId(product.id())) {
						this.tools.save(Tool.add(meeting.communityId(), product.title(), product.description(),
								List.of(), origin, meeting.closedBy(), now));
					}
				}
				case JOINT_SIGNAL -> {
					if (!this.signals.existsByOriginProductId(product.id())) {
						this.signals.save(Signal.draft(meeting.communityId(), SignalKind.SIGNAL,
								new SignalText(product.title(), product.description(), null, null),
								authorityOf(product), origin, meeting.closedBy(), now));
					}
				}
				case ACTION_PROPOSAL -> {
					if (!this.actions.existsByOriginProductId(product.id())) {
						int year = LocalDate.ofInstant(meeting.heldAt(), this.clock.getZone()).getYear();
						this.actions.save(Action.plan(meeting.communityId(), year, product.title(),
								product.description(), null, Set.of(), origin, meeting.closedBy(), now));
					}
				}
				case LEGISLATION_TEST -> {
					if (!this.legislationTests.existsByOriginProductId(product.id())) {
						String rule = (product.ruleTested() != null) ? product.ruleTested() : product.title();
						this.legislationTests.save(LegislationTest.record(meeting.communityId(), rule, product.title(),
								product.description(), null, origin, meeting.closedBy(), now));
					}
				}
			}
		}
	}

	/**
	 * The authority a joint signal names: the organisation of a government kind it names,
	 * when there is one by that name, else an office by that name.
	 */
	private Authority authorityOf(MeetingProduct product) {
		if (product.authorityId() != null) {
			return new Authority(product.authorityId(), null);
		}
		String named = (product.authority() != null) ? product.authority().strip() : product.title();
		return this.governments.named(named)
			.map((known) -> new Authority(known, null))
			.orElseGet(() -> new Authority(null, named));
	}

}
