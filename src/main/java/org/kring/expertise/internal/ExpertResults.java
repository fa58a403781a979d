package org.kring.expertise.internal;

import java.util.List;

/**
 * One page of the finder's results.
 *
 * @param experts the experts on this page, best first
 * @param total how many profiles the reader may see meet at least one criterion (or every
 * profile they may see, when nothing was asked)
 * @param page this page's number, from 1
 * @param size how many a page holds
 * @param criteria how many criteria were asked for
 */
public record ExpertResults(List<ExpertRow> experts, long total, int page, int size, int criteria) {

	public ExpertResults {
		experts = List.copyOf(experts);
	}

	public int pages() {
		return (int) Math.max(1, (this.total + this.size - 1) / this.size);
	}

}
