package org.kring.meeting;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.system.KringPrincipal;

/**
 * Where a closed meeting's products live on: the result module tells the meeting's page
 * the address of the signal, action, toolbox entry or legislation test each product
 * became, so that a reader follows the trail from meeting to answer.
 */
public interface ProductResults {

	/**
	 * The addresses of the results these products became that the reader may open.
	 * @param communityId the meeting's community
	 * @param productIds the meeting's products
	 * @param viewer the signed-in reader, or null for a visitor
	 * @return each product's result address, by product id; products whose result does
	 * not exist (yet) or is hidden from the reader are left out
	 */
	Map<UUID, String> pathsOf(UUID communityId, Collection<UUID> productIds, @Nullable KringPrincipal viewer);

}
