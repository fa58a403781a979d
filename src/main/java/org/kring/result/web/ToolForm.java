package org.kring.result.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kring.result.internal.Tool;
import org.kring.result.internal.ToolDraft;

/**
 * The tool form as typed, or as the stored tool reads.
 *
 * @param title the title
 * @param description the description
 * @param links the link rows
 * @param version the tool's version when the form was opened, or null for a new tool
 */
public record ToolForm(@Nullable String title, @Nullable String description, List<LinkRow> links,
		@Nullable Long version) {

	static final ToolForm EMPTY = new ToolForm(null, null, List.of(), null);

	static ToolForm of(Tool tool) {
		return new ToolForm(tool.title(), tool.description(),
				tool.links().stream().map((link) -> new LinkRow(link.label(), link.url())).toList(), tool.version());
	}

	static ToolForm typed(@Nullable String title, @Nullable String description, List<String> labels, List<String> urls,
			@Nullable Long version) {
		List<LinkRow> rows = new ArrayList<>();
		for (int row = 0; row < Math.max(labels.size(), urls.size()); row++) {
			rows.add(new LinkRow(row < labels.size() ? labels.get(row) : null,
					row < urls.size() ? urls.get(row) : null));
		}
		return new ToolForm(title, description, rows, version);
	}

	ToolForm atVersion(long current) {
		return new ToolForm(this.title, this.description, this.links, current);
	}

	/**
	 * The link rows to show: those typed, and empty ones to fill in, three at least and
	 * {@value ToolDraft#MAX_LINKS} at most (unless more were sent).
	 * @return the rows
	 */
	public List<LinkRow> rows() {
		List<LinkRow> rows = new ArrayList<>(this.links);
		int wanted = Math.min(ToolDraft.MAX_LINKS, Math.max(3, this.links.size() + 2));
		while (rows.size() < wanted) {
			rows.add(new LinkRow(null, null));
		}
		return rows;
	}

	/**
	 * One link as typed.
	 *
	 * @param label its label
	 * @param url its address
	 */
	public record LinkRow(@Nullable String label, @Nullable String url) {
	}

}
