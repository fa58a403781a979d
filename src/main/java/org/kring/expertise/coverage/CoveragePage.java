package org.kring.expertise.coverage;

import java.util.List;

import org.kring.system.web.FormErrors;

/**
 * A community's coverage matrix as its page shows it.
 *
 * @param community the community's name
 * @param slug the community's slug
 * @param columns its partner organisations, by name
 * @param otherTotal how many active experts belong to no partner: their column is shown
 * when there are any
 * @param rows the fields in use, in catalogue order
 * @param total how many distinct active experts the community has
 * @param gaps every shortfall, in words
 * @param perPartner the stored target of distinct experts per partner
 * @param perField the stored target of experts per field and partner
 * @param viewing what the viewer may do
 * @param form the targets as stored, or as typed when rejected
 * @param errors what was wrong with the typed targets
 */
public record CoveragePage(String community, String slug, List<Column> columns, int otherTotal, List<Row> rows,
		int total, List<String> gaps, int perPartner, int perField, Rights viewing, TargetForm form,
		FormErrors errors) {

	public boolean showOther() {
		return this.otherTotal > 0;
	}

	/**
	 * A partner organisation.
	 *
	 * @param name its name
	 * @param path its page
	 * @param total its distinct active experts against the target per partner
	 */
	public record Column(String name, String path, Cell total) {
	}

	/**
	 * A field.
	 *
	 * @param field its name in the reader's language
	 * @param cells per partner, in column order
	 * @param other its experts who belong to no partner
	 * @param total its distinct active experts across every organisation
	 */
	public record Row(String field, List<Cell> cells, int other, int total) {
	}

	/**
	 * A count against its target.
	 *
	 * @param count the active experts counted
	 * @param target how many there should be
	 */
	public record Cell(int count, int target) {

		public boolean shortfall() {
			return this.count < this.target;
		}

	}

	/**
	 * What the viewer may do besides reading.
	 *
	 * @param setsTargets change the targets
	 * @param editsCommunity edit the community, where its partners are chosen
	 */
	public record Rights(boolean setsTargets, boolean editsCommunity) {
	}

}
