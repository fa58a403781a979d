package org.kring.expertise.coverage;

import java.util.List;

import org.kring.community.CommunitySummary;

/**
 * The communities whose coverage the viewer may see, to choose one.
 *
 * @param communities by name
 */
public record CoverageChoicePage(List<CommunitySummary> communities) {
}
