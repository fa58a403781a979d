package org.kring.community.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.kring.community.CommunityRole;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The members of a community as their list shows them, a page at a time, with what each
 * chose to share: one query per page whatever the number of members.
 */
@Repository
public class MemberDirectory {

	private final JdbcClient jdbc;

	MemberDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One page of members: facilitators first, then experts, members and observers, each
	 * in the order they joined.
	 * @param communityId the community
	 * @param offset how many to skip
	 * @param limit how many at most
	 * @return the members
	 */
	public List<Member> page(UUID communityId, int offset, int limit) {
		return this.jdbc
			.sql("""
					select m.person_id, m.role, m.joined_at,
					       coalesce(s.share_email, false) or coalesce(d.share_email, false) as share_email,
					       coalesce(s.share_organisation, false) or coalesce(d.share_organisation, false) as share_organisation,
					       coalesce(s.share_expertise, false) or coalesce(d.share_expertise, false) as share_expertise
					from membership m
					left join membership_sharing s on s.community_id = m.community_id and s.person_id = m.person_id
					left join membership_sharing_default d on d.person_id = m.person_id
					where m.community_id = ?
					order by case m.role when 'FACILITATOR' then 0 when 'EXPERT' then 1 when 'MEMBER' then 2 else 3 end,
					         m.joined_at, m.person_id
					offset ? rows fetch next ? rows only""")
			.params(communityId, offset, limit)
			.query((rs, row) -> new Member(rs.getObject("person_id", UUID.class),
					CommunityRole.valueOf(rs.getString("role")),
					rs.getObject("joined_at", OffsetDateTime.class).toInstant(),
					new Sharing(rs.getBoolean("share_email"), rs.getBoolean("share_organisation"),
							rs.getBoolean("share_expertise"))))
			.list();
	}

	public long count(UUID communityId) {
		return this.jdbc.sql("select count(*) from membership where community_id = ?")
			.param(communityId)
			.query(Long.class)
			.single();
	}

	/**
	 * A member as the list shows them.
	 *
	 * @param personId the member
	 * @param role their role
	 * @param joinedAt when they joined
	 * @param sharing what they share with this community, by their choice for it or for
	 * all their communities
	 */
	public record Member(UUID personId, CommunityRole role, Instant joinedAt, Sharing sharing) {
	}

}
