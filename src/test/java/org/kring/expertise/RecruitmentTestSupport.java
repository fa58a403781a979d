package org.kring.expertise;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.kring.browser.TestMail;
import org.kring.community.MembershipTestSupport;
import org.kring.community.internal.Community;
import org.kring.system.TestPrincipal;

import static org.awaitility.Awaitility.await;

/**
 * What the recruitment tests share: the membership tests' application (mail caught, a
 * clock to move, real accounts), communities deleted after each test with their
 * nominations, and the pipeline's steps as a browser takes them.
 */
public abstract class RecruitmentTestSupport extends MembershipTestSupport {

	protected static final String FIELD = "education";

	private final List<UUID> communitiesMade = new ArrayList<>();

	@AfterEach
	void deleteWhatTheTestMade() {
		for (UUID id : this.communitiesMade) {
			this.jdbc.sql("delete from expertise_nomination where community_id = ?").param(id).update();
			this.communities.deleteById(id);
		}
		this.communitiesMade.clear();
	}

	/** A public community with its facilitator, deleted after the test. */
	protected Community recruiting(TestPrincipal facilitator) {
		Community community = community(org.kring.community.JoinPolicy.ON_APPROVAL,
				org.kring.community.Visibility.PUBLIC, facilitator);
		this.communitiesMade.add(community.id());
		return community;
	}

	protected Community secret(TestPrincipal facilitator) {
		Community community = community(org.kring.community.JoinPolicy.BY_INVITATION,
				org.kring.community.Visibility.SECRET, facilitator);
		this.communitiesMade.add(community.id());
		return community;
	}

	protected static String board(Community community) {
		return "/communities/" + community.slug() + "/recruitment";
	}

	protected UUID nominated(Community community, TestPrincipal nominator, String email) throws Exception {
		post(board(community) + "/nominations", nominator, "email", email, "field", FIELD);
		return nominationOf(community, email);
	}

	protected UUID nominationOf(Community community, String email) {
		return this.jdbc
			.sql("select id from expertise_nomination where community_id = ? and (email = ? or person_id = ?)"
					+ " order by created_at desc")
			.params(community.id(), email.toLowerCase(java.util.Locale.ROOT),
					this.accounts.findByEmail(email).map((person) -> person.id()).orElse(null))
			.query(UUID.class)
			.list()
			.getFirst();
	}

	/** Invites a nominated candidate and returns the path of the mail's link. */
	protected String invited(Community community, TestPrincipal nominator, UUID nomination, String email)
			throws Exception {
		long before = TestMail.countTo(email);
		post(board(community) + "/nominations/" + nomination + "/invite", nominator);
		await().atMost(Duration.ofSeconds(10)).until(() -> TestMail.countTo(email) > before);
		URI link = TestMail.newestTo(email).firstLink();
		return link.getPath();
	}

	protected String stateOf(UUID nomination) {
		return this.jdbc.sql("select state from expertise_nomination where id = ?")
			.param(nomination)
			.query(String.class)
			.single();
	}

	protected List<String> stepsOf(UUID nomination) {
		return this.jdbc.sql("select state from expertise_nomination_step where nomination_id = ? order by position")
			.param(nomination)
			.query(String.class)
			.list();
	}

	protected void awaitState(UUID nomination, String state) {
		await().atMost(Duration.ofSeconds(10)).until(() -> state.equals(stateOf(nomination)));
	}

	protected String page(String path, @Nullable TestPrincipal who) throws Exception {
		return get(path, who).andReturn().getResponse().getContentAsString();
	}

}
