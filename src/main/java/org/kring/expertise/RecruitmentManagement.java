package org.kring.expertise;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.expertise.internal.NominationState;
import org.kring.expertise.internal.PastNominations;

import org.springframework.stereotype.Service;

/**
 * The recruitment pipeline's front door for the instance itself (demo data): records
 * candidates who went through a community's pipeline before. People nominate, invite and
 * answer through the pages.
 */
@Service
public class RecruitmentManagement {

	private final PastNominations past;

	RecruitmentManagement(PastNominations past) {
		this.past = past;
	}

	/**
	 * Records a candidate who reached a stage of a community's pipeline, with steps days
	 * apart from the nomination on, unless the community has a nomination of them
	 * already.
	 * @param communityId the community
	 * @param personId the candidate's account, or null for an address without one
	 * @param email the candidate's address when there is no account
	 * @param fields the codes of their fields, at least one
	 * @param organisationId the partner organisation they represent, or null
	 * @param nominatedBy the nominator, who also invited them
	 * @param stage one of {@code NOMINATED}, {@code INVITED}, {@code DECLINED},
	 * {@code ACTIVE}, {@code ALUMNI}
	 * @param nominatedAt when they were nominated
	 * @return true when recorded, false when the community had a nomination of them
	 * @throws IllegalArgumentException for an unknown stage or no field
	 */
	public boolean recordPast(UUID communityId, @Nullable UUID personId, @Nullable String email, Set<String> fields,
			@Nullable UUID organisationId, UUID nominatedBy, String stage, Instant nominatedAt) {
		return this.past.record(communityId, personId, email, fields, organisationId, nominatedBy,
				NominationState.valueOf(stage), nominatedAt);
	}

}
