package org.kring.expertise.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.expertise.FieldLabel;
import org.kring.expertise.internal.NominationState;
import org.kring.organisation.OrganisationSummary;
import org.kring.system.web.FormErrors;

/**
 * A community's recruitment board: a column per state with its cards, and the form to
 * nominate a candidate.
 *
 * @param slug the community's slug
 * @param communityName its name
 * @param columns the states in pipeline order, each with its nominations
 * @param form the nomination form as typed
 * @param chosenPerson the name of the person chosen in the finder, or null
 * @param fields the fields to choose from
 * @param partners the partner organisations to choose from
 * @param errors the problems of the form
 * @param problem why the last step on a card was refused, as a message key, or null
 */
public record RecruitmentBoardPage(String slug, String communityName, List<Column> columns, NominateForm form,
		@Nullable String chosenPerson, List<FieldLabel> fields, List<OrganisationSummary> partners, FormErrors errors,
		@Nullable String problem) {

	public String path() {
		return RecruitmentBoardController.boardPath(this.slug);
	}

	/**
	 * One state's column.
	 *
	 * @param state the state
	 * @param cards its nominations
	 */
	public record Column(NominationState state, List<Card> cards) {

		public String key() {
			return "recruitment.state." + this.state.name();
		}

		public String id() {
			return "column-" + this.state.name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	/**
	 * One nomination on the board.
	 *
	 * @param id the nomination
	 * @param candidate the candidate's name, or their address
	 * @param fields the fields' names, joined
	 * @param organisation the organisation they represent, or null
	 * @param lastStepOn the date of the last step
	 * @param state where they stand
	 * @param history the steps, oldest first
	 */
	public record Card(UUID id, String candidate, String fields, @Nullable String organisation, String lastStepOn,
			NominationState state, List<Line> history) {

		public boolean mayInvite() {
			return this.state == NominationState.NOMINATED;
		}

		public boolean mayWithdraw() {
			return this.state.mayBecome(NominationState.WITHDRAWN);
		}

		public boolean mayActivate() {
			return this.state == NominationState.ACCEPTED;
		}

		public boolean mayRetire() {
			return this.state == NominationState.ACTIVE;
		}

	}

	/**
	 * One step of a nomination's history.
	 *
	 * @param stateKey the message key of the state reached
	 * @param on when, as a date and time
	 * @param actor who, or null for the candidate without account or the platform
	 */
	public record Line(String stateKey, String on, @Nullable String actor) {
	}

}
