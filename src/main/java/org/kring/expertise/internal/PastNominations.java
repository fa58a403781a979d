package org.kring.expertise.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.system.security.LinkSecrets;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes nominations that went through the pipeline before, with backdated steps, for the
 * instance itself (demo data). People nominate through the pages.
 */
@Service
public class PastNominations {

	private final Nominations nominations;

	PastNominations(Nominations nominations) {
		this.nominations = nominations;
	}

	/**
	 * Records a candidate who reached a state, unless the community has a nomination of
	 * them already.
	 * @param communityId the community
	 * @param personId the candidate's account, or null for an address
	 * @param email the candidate's address when there is no account
	 * @param fields the field codes
	 * @param organisationId the organisation they represent, or null
	 * @param nominatedBy the nominator, who also took the later steps a nominator takes
	 * @param reached the state reached: a nomination moves there along the pipeline
	 * @param nominatedAt when the nomination began; later steps follow days apart
	 * @return true when it was recorded, false when one existed already
	 */
	@Transactional
	public boolean record(UUID communityId, @Nullable UUID personId, @Nullable String email, Set<String> fields,
			@Nullable UUID organisationId, UUID nominatedBy, NominationState reached, Instant nominatedAt) {
		String key = Nomination.candidateKey(personId, email);
		boolean exists = this.nominations.findByCommunityId(communityId)
			.stream()
			.anyMatch((nomination) -> (key.equals(Nomination.candidateKey(nomination.personId(), nomination.email()))
					|| (email != null && email.toLowerCase(Locale.ROOT).equals(nomination.email()))));
		if (exists) {
			return false;
		}
		Nomination nomination = (personId != null)
				? Nomination.ofPerson(communityId, personId, fields, organisationId, null, nominatedBy, nominatedAt)
				: Nomination.ofAddress(communityId, email, fields, organisationId, null, nominatedBy, nominatedAt);
		Instant at = nominatedAt;
		if (reached != NominationState.NOMINATED) {
			at = at.plus(Duration.ofDays(2));
			nomination.invite(LinkSecrets.hash(LinkSecrets.newSecret()), nominatedBy, at);
		}
		if (reached == NominationState.DECLINED) {
			nomination.decline(personId, at.plus(Duration.ofDays(4)));
		}
		if (reached == NominationState.ACTIVE || reached == NominationState.ALUMNI) {
			UUID candidate = (personId != null) ? personId : nominatedBy;
			nomination.accept(candidate, at.plus(Duration.ofDays(3)));
			nomination.activate(null, at.plus(Duration.ofDays(3)).plusSeconds(60));
		}
		if (reached == NominationState.ALUMNI) {
			nomination.retire(nominatedBy, at.plus(Duration.ofDays(90)));
		}
		this.nominations.save(nomination);
		return true;
	}

}
