package org.kring.expertise.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.kring.account.AccountManagement;
import org.kring.expertise.FieldLabel;
import org.kring.expertise.internal.NominationState;
import org.kring.expertise.internal.RecruitmentBoard;
import org.kring.organisation.OrganisationSummary;
import org.kring.system.KringProperties;

import org.springframework.stereotype.Component;

/**
 * Lays a community's nominations out in the board's columns, in pipeline order, with
 * names, fields and dates in the reader's language.
 */
@Component
class BoardColumns {

	/** The board's columns, left to right. */
	static final List<NominationState> ORDER = List.of(NominationState.NOMINATED, NominationState.INVITED,
			NominationState.ACCEPTED, NominationState.ACTIVE, NominationState.DECLINED, NominationState.WITHDRAWN,
			NominationState.ALUMNI);

	private final KringProperties properties;

	BoardColumns(KringProperties properties) {
		this.properties = properties;
	}

	List<RecruitmentBoardPage.Column> of(RecruitmentBoard.Board board, List<FieldLabel> fields, Locale locale) {
		Map<String, String> fieldNames = new java.util.HashMap<>();
		fields.forEach((field) -> fieldNames.put(field.code(), field.name()));
		Map<NominationState, List<RecruitmentBoardPage.Card>> byState = new EnumMap<>(NominationState.class);
		for (RecruitmentBoard.Card card : board.cards()) {
			byState.computeIfAbsent(card.state(), (state) -> new ArrayList<>())
				.add(card(card, board, fieldNames, locale));
		}
		return ORDER.stream()
			.map((state) -> new RecruitmentBoardPage.Column(state, byState.getOrDefault(state, List.of())))
			.toList();
	}

	private RecruitmentBoardPage.Card card(RecruitmentBoard.Card card, RecruitmentBoard.Board board,
			Map<String, String> fieldNames, Locale locale) {
		String candidate = (card.personId() != null) ? name(board, card.personId())
				: (card.email() != null) ? card.email() : AccountManagement.FORMER_MEMBER;
		OrganisationSummary organisation = (card.organisationId() != null)
				? board.organisations().get(card.organisationId()) : null;
		List<RecruitmentBoardPage.Line> history = card.steps()
			.stream()
			.map((step) -> new RecruitmentBoardPage.Line("recruitment.state." + step.state().name(),
					dateTime(step.at(), locale), (step.actorId() != null) ? name(board, step.actorId()) : null))
			.toList();
		Instant last = card.steps().isEmpty() ? null : card.steps().getLast().at();
		return new RecruitmentBoardPage.Card(card.id(), candidate,
				String.join(", ",
						card.fieldCodes().stream().map((code) -> fieldNames.getOrDefault(code, code)).toList()),
				(organisation != null) ? organisation.name() : null, (last != null) ? date(last, locale) : "",
				card.state(), history);
	}

	private static String name(RecruitmentBoard.Board board, UUID person) {
		return board.names().getOrDefault(person, AccountManagement.FORMER_MEMBER);
	}

	String date(Instant instant, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
			.withLocale(locale)
			.withZone(this.properties.timeZone())
			.format(instant);
	}

	private String dateTime(Instant instant, Locale locale) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(this.properties.timeZone())
			.format(instant);
	}

}
