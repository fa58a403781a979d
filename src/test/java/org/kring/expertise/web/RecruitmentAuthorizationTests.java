package org.kring.expertise.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.kring.account.InstanceRole;
import org.kring.browser.TestMail;
import org.kring.community.CommunityRole;
import org.kring.community.internal.Community;
import org.kring.expertise.RecruitmentTestSupport;
import org.kring.system.TestPrincipal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may see a community's recruitment board and take each step on it: its facilitators,
 * coordinators who are members, and administrators. Everyone else, visitors included,
 * gets the 404 of a community that does not exist, so a secret community never shows.
 */
class RecruitmentAuthorizationTests extends RecruitmentTestSupport {

	@Test
	void onlyFacilitatorsMemberCoordinatorsAndAdministratorsSeeTheBoard() throws Exception {
		People people = people();
		for (Community community : new Community[] { recruiting(people.facilitator()), secret(people.facilitator()) }) {
			people.join(community);
			Map<String, Integer> seen = new LinkedHashMap<>();
			people.each((name, who) -> seen.put(name, status(get(board(community), who))));
			assertThat(seen).as(community.visibility().name()).containsExactlyEntriesOf(expected(200, 404));
			assertThat(status(get("/communities/no-such-community/recruitment", people.administrator())))
				.isEqualTo(404);
		}
	}

	@Test
	void onlyTheyNominateOnTheBoardOrFromTheFinder() throws Exception {
		People people = people();
		Community community = recruiting(people.facilitator());
		people.join(community);
		Map<String, Integer> onBoard = new LinkedHashMap<>();
		Map<String, Integer> fromFinder = new LinkedHashMap<>();
		people.each((name, who) -> {
			onBoard.put(name, status(post(board(community) + "/nominations", who, "email",
					TestMail.newAddress("b-" + name.replace(" ", "-")), "field", FIELD)));
			fromFinder.put(name, status(post("/experts/nominations", who, "community", community.slug(), "email",
					TestMail.newAddress("f-" + name.replace(" ", "-")), "field", FIELD)));
		});
		assertThat(onBoard).containsExactlyEntriesOf(expected(302, 404));
		assertThat(fromFinder).containsExactlyEntriesOf(expected(302, 404));
		assertThat(this.jdbc.sql("select count(*) from expertise_nomination where community_id = ?")
			.param(community.id())
			.query(Integer.class)
			.single()).as("two ways for each of the three who may").isEqualTo(6);
	}

	@Test
	void onlyTheyTakeTheStepsOnACard() throws Exception {
		People people = people();
		Community community = recruiting(people.facilitator());
		people.join(community);
		for (String action : new String[] { "invite", "withdraw", "activate", "retire" }) {
			Map<String, Integer> seen = new LinkedHashMap<>();
			people.each((name, who) -> {
				UUID nomination = nominated(community, people.facilitator(),
						TestMail.newAddress(action + "-" + name.replace(" ", "-")));
				int status = status(post(board(community) + "/nominations/" + nomination + "/" + action, who));
				seen.put(name, status);
				if (status == 404) {
					assertThat(stateOf(nomination)).as("%s by %s changes nothing", action, name).isEqualTo("NOMINATED");
				}
			});
			assertThat(seen).as(action).containsExactlyEntriesOf(expected(302, 404));
		}
	}

	@Test
	void aNominationOfAnotherCommunityIsNotFoundFromThisOnesBoard() throws Exception {
		People people = people();
		Community mine = recruiting(people.facilitator());
		Community other = recruiting(person("Otherfacilitator"));
		UUID theirs = nominated(other, this.accountsAsAdministrator(), TestMail.newAddress("theirs"));
		assertThat(status(post(board(mine) + "/nominations/" + theirs + "/withdraw", people.facilitator())))
			.isEqualTo(404);
		assertThat(stateOf(theirs)).isEqualTo("NOMINATED");
	}

	private TestPrincipal accountsAsAdministrator() {
		return administrator("Admin");
	}

	private static Map<String, Integer> expected(int allowed, int refused) {
		Map<String, Integer> expected = new LinkedHashMap<>();
		expected.put("visitor", refused);
		expected.put("member", refused);
		expected.put("facilitator", allowed);
		expected.put("coordinator member", allowed);
		expected.put("coordinator non-member", refused);
		expected.put("administrator", allowed);
		return expected;
	}

	private static int status(org.springframework.test.web.servlet.ResultActions result) {
		return result.andReturn().getResponse().getStatus();
	}

	private People people() {
		return new People(person("Member"), person("Facilitator"), coordinator("Coordinator"), coordinator("Outsider"),
				administrator("Administrator"));
	}

	private TestPrincipal coordinator(String name) {
		UUID id = this.accounts.createVerified(name, TestMail.newAddress("coord"), PASSWORD, null,
				InstanceRole.COORDINATOR);
		return new TestPrincipal(id, name, null, false, true);
	}

	private final class People {

		private final TestPrincipal member;

		private final TestPrincipal facilitator;

		private final TestPrincipal coordinator;

		private final TestPrincipal outsideCoordinator;

		private final TestPrincipal administrator;

		People(TestPrincipal member, TestPrincipal facilitator, TestPrincipal coordinator,
				TestPrincipal outsideCoordinator, TestPrincipal administrator) {
			this.member = member;
			this.facilitator = facilitator;
			this.coordinator = coordinator;
			this.outsideCoordinator = outsideCoordinator;
			this.administrator = administrator;
		}

		TestPrincipal facilitator() {
			return this.facilitator;
		}

		TestPrincipal administrator() {
			return this.administrator;
		}

		void join(Community community) {
			admit(community, this.member, CommunityRole.MEMBER);
			admit(community, this.coordinator, CommunityRole.MEMBER);
		}

		void each(Step step) throws Exception {
			step.take("visitor", null);
			step.take("member", this.member);
			step.take("facilitator", this.facilitator);
			step.take("coordinator member", this.coordinator);
			step.take("coordinator non-member", this.outsideCoordinator);
			step.take("administrator", this.administrator);
		}

	}

	@FunctionalInterface
	private interface Step {

		void take(String name, @Nullable TestPrincipal who) throws Exception;

	}

}
