package org.kring.community.internal;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What people chose to share: with one community, and with all their communities.
 */
@Repository
public class SharingChoices {

	private static final RowMapper<Sharing> SHARING = (rs, row) -> new Sharing(rs.getBoolean("share_email"),
			rs.getBoolean("share_organisation"), rs.getBoolean("share_expertise"));

	private final JdbcClient jdbc;

	SharingChoices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What a member shares with one community by their own choice for it.
	 * @param communityId the community
	 * @param personId the member
	 * @return the choices, nothing when they made none
	 */
	public Sharing withCommunity(UUID communityId, UUID personId) {
		return this.jdbc
			.sql("select share_email, share_organisation, share_expertise from membership_sharing "
					+ "where community_id = ? and person_id = ?")
			.params(communityId, personId)
			.query(SHARING)
			.optional()
			.orElse(Sharing.NOTHING);
	}

	/**
	 * What a person shares with all their communities.
	 * @param personId the person
	 * @return the choices, nothing when they made none
	 */
	public Sharing withAll(UUID personId) {
		return everywhere(personId).orElse(Sharing.NOTHING);
	}

	Optional<Sharing> everywhere(UUID personId) {
		return this.jdbc
			.sql("select share_email, share_organisation, share_expertise from membership_sharing_default "
					+ "where person_id = ?")
			.param(personId)
			.query(SHARING)
			.optional();
	}

	/**
	 * Replaces a member's choices for one community and, when given, for all.
	 * @param communityId the community
	 * @param personId the member
	 * @param here what they share with this community
	 * @param everywhere what they share with all their communities, or null to leave it
	 */
	public void choose(UUID communityId, UUID personId, Sharing here, @Nullable Sharing everywhere) {
		forgetWithCommunity(communityId, personId);
		this.jdbc
			.sql("insert into membership_sharing (community_id, person_id, share_email, share_organisation, "
					+ "share_expertise) values (?, ?, ?, ?, ?)")
			.params(communityId, personId, here.email(), here.organisation(), here.expertise())
			.update();
		if (everywhere != null) {
			chooseForAll(personId, everywhere);
		}
	}

	/**
	 * Replaces what a person shares with all their communities.
	 * @param personId the person
	 * @param everywhere what they share with all their communities
	 */
	public void chooseForAll(UUID personId, Sharing everywhere) {
		this.jdbc.sql("delete from membership_sharing_default where person_id = ?").param(personId).update();
		this.jdbc
			.sql("insert into membership_sharing_default (person_id, share_email, share_organisation, "
					+ "share_expertise) values (?, ?, ?, ?)")
			.params(personId, everywhere.email(), everywhere.organisation(), everywhere.expertise())
			.update();
	}

	/**
	 * Forgets a former member's choices for a community they left.
	 * @param communityId the community
	 * @param personId the former member
	 */
	public void forgetWithCommunity(UUID communityId, UUID personId) {
		this.jdbc.sql("delete from membership_sharing where community_id = ? and person_id = ?")
			.params(communityId, personId)
			.update();
	}

	/**
	 * Forgets every choice of an erased person.
	 * @param personId the person
	 */
	public void forgetAll(UUID personId) {
		this.jdbc.sql("delete from membership_sharing where person_id = ?").param(personId).update();
		this.jdbc.sql("delete from membership_sharing_default where person_id = ?").param(personId).update();
	}

}
