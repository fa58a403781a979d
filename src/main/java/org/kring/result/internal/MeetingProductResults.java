package org.kring.result.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityManagement;
import org.kring.meeting.ProductResults;
import org.kring.system.KringPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells a closed meeting's page where its products live on, in one query: a signal (a
 * draft only for the community's members), an action, the community's toolbox, a
 * legislation test; nothing for a reader who may not read the community's results.
 */
@Component
class MeetingProductResults implements ProductResults {

	private final JdbcClient jdbc;

	private final ResultAccess access;

	private final CommunityManagement communities;

	MeetingProductResults(JdbcClient jdbc, ResultAccess access, CommunityManagement communities) {
		this.jdbc = jdbc;
		this.access = access;
		this.communities = communities;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, String> pathsOf(UUID communityId, Collection<UUID> productIds, @Nullable KringPrincipal viewer) {
		List<Found> found = productIds.isEmpty() ? List.of()
				: this.jdbc.sql("""
						select 'signal' as kind, id, product_id, state from result_signal where product_id in (:ids)
						union all select 'action', id, product_id, status from result_action where product_id in (:ids)
						union all select 'tool', id, product_id, null from result_tool where product_id in (:ids)
						union all select 'legislation', id, product_id, null from result_legislation_test
						where product_id in (:ids)""")
					.param("ids", productIds)
					.query((row, number) -> new Found(row.getString(1), row.getString(2), row.getObject(3, UUID.class),
							SignalState.DRAFT.name().equals(row.getString(4))))
					.list();
		if (found.isEmpty() || !this.access.canRead(viewer, communityId)) {
			return Map.of();
		}
		boolean draftsShown = found.stream().noneMatch(Found::draft)
				|| (viewer != null && (viewer.administrator() || this.access.isMember(viewer, communityId)));
		String toolbox = found.stream().anyMatch((result) -> "tool".equals(result.kind()))
				? "/communities/" + this.communities.find(communityId).orElseThrow().slug() + "/tools" : "";
		Map<UUID, String> paths = new HashMap<>();
		for (Found result : found) {
			if (result.draft() && !draftsShown) {
				continue;
			}
			String path = switch (result.kind()) {
				case "signal" -> "/signals/" + result.id();
				case "action" -> "/actions/" + result.id();
				case "tool" -> toolbox;
				default -> "/legislation-tests/" + result.id();
			};
			paths.put(result.productId(), path);
		}
		return paths;
	}

	/**
	 * A result found for a product: which kind, its id, and whether it is a draft signal.
	 */
	private record Found(String kind, String id, UUID productId, boolean draft) {
	}

}
