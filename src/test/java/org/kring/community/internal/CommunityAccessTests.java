package org.kring.community.internal;

import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kring.community.CommunityRole;
import org.kring.community.Visibility;
import org.kring.system.TestPrincipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kring.community.internal.TestCommunities.NOW;
import static org.kring.community.internal.TestCommunities.description;

class CommunityAccessTests {

	private static final TestPrincipal PERSON = TestPrincipal.member("Ines");

	private static final Viewer VISITOR = Viewer.visitor();

	private static final Viewer OUTSIDER = new Viewer(PERSON, null);

	private static final Viewer MEMBER = new Viewer(PERSON, CommunityRole.MEMBER);

	private static final Viewer EXPERT = new Viewer(PERSON, CommunityRole.EXPERT);

	private static final Viewer OBSERVER = new Viewer(PERSON, CommunityRole.OBSERVER);

	private static final Viewer FACILITATOR = new Viewer(PERSON, CommunityRole.FACILITATOR);

	/** A facilitator elsewhere holds no role here: their role there does not count. */
	private static final Viewer FACILITATOR_ELSEWHERE = new Viewer(TestPrincipal.member("Tariq"), null);

	private static final Viewer COORDINATOR = new Viewer(TestPrincipal.coordinator("Jonas"), null);

	private static final Viewer ADMINISTRATOR = new Viewer(TestPrincipal.administrator("Mirte"), null);

	private final CommunityAccess coordinatorsOnly = new CommunityAccess(
			new CommunitySettings(CommunitySettings.Proposals.COORDINATORS));

	private final CommunityAccess anyoneProposes = new CommunityAccess(
			new CommunitySettings(CommunitySettings.Proposals.ANYONE));

	static Stream<Arguments> findAndSee() {
		return Stream.of(
				// viewer, visibility, finds, sees
				Arguments.of("visitor", VISITOR, Visibility.PUBLIC, true, true),
				Arguments.of("visitor", VISITOR, Visibility.MEMBERS_ONLY, true, false),
				Arguments.of("visitor", VISITOR, Visibility.SECRET, false, false),
				Arguments.of("outsider", OUTSIDER, Visibility.PUBLIC, true, true),
				Arguments.of("outsider", OUTSIDER, Visibility.MEMBERS_ONLY, true, false),
				Arguments.of("outsider", OUTSIDER, Visibility.SECRET, false, false),
				Arguments.of("member", MEMBER, Visibility.MEMBERS_ONLY, true, true),
				Arguments.of("member", MEMBER, Visibility.SECRET, true, true),
				Arguments.of("expert", EXPERT, Visibility.SECRET, true, true),
				Arguments.of("observer", OBSERVER, Visibility.SECRET, true, true),
				Arguments.of("facilitator", FACILITATOR, Visibility.SECRET, true, true),
				Arguments.of("facilitator elsewhere", FACILITATOR_ELSEWHERE, Visibility.MEMBERS_ONLY, true, false),
				Arguments.of("facilitator elsewhere", FACILITATOR_ELSEWHERE, Visibility.SECRET, false, false),
				Arguments.of("coordinator", COORDINATOR, Visibility.PUBLIC, true, true),
				Arguments.of("coordinator", COORDINATOR, Visibility.MEMBERS_ONLY, true, false),
				Arguments.of("coordinator", COORDINATOR, Visibility.SECRET, false, false),
				Arguments.of("administrator", ADMINISTRATOR, Visibility.MEMBERS_ONLY, true, true),
				Arguments.of("administrator", ADMINISTRATOR, Visibility.SECRET, true, true));
	}

	@ParameterizedTest(name = "{0} on a {2} community: finds {3}, sees {4}")
	@MethodSource("findAndSee")
	void whoFindsAndReadsACommunityDependsOnItsVisibility(String who, Viewer viewer, Visibility visibility,
			boolean finds, boolean sees) {
		Community community = TestCommunities.active("network", visibility);
		assertThat(this.coordinatorsOnly.canFind(community, viewer)).isEqualTo(finds);
		assertThat(this.coordinatorsOnly.canSee(community, viewer)).isEqualTo(sees);
	}

	static Stream<Arguments> edit() {
		return Stream.of(Arguments.of("visitor", VISITOR, false), Arguments.of("outsider", OUTSIDER, false),
				Arguments.of("member", MEMBER, false), Arguments.of("expert", EXPERT, false),
				Arguments.of("observer", OBSERVER, false), Arguments.of("facilitator", FACILITATOR, true),
				Arguments.of("facilitator elsewhere", FACILITATOR_ELSEWHERE, false),
				Arguments.of("coordinator", COORDINATOR, false), Arguments.of("administrator", ADMINISTRATOR, true));
	}

	@ParameterizedTest(name = "{0} edits: {2}")
	@MethodSource("edit")
	void onlyItsFacilitatorsAndAdministratorsEditACommunity(String who, Viewer viewer, boolean edits) {
		for (Visibility visibility : Visibility.values()) {
			Community community = TestCommunities.active("network", visibility);
			assertThat(this.coordinatorsOnly.canEdit(community, viewer)).as(visibility.name()).isEqualTo(edits);
		}
	}

	@Test
	void administratorsAndCoordinatorsStartCommunities() {
		assertThat(this.coordinatorsOnly.creation(ADMINISTRATOR)).isEqualTo(CommunityAccess.Creation.CREATE);
		assertThat(this.coordinatorsOnly.creation(COORDINATOR)).isEqualTo(CommunityAccess.Creation.CREATE);
		assertThat(this.coordinatorsOnly.creation(OUTSIDER)).isEqualTo(CommunityAccess.Creation.NONE);
		assertThat(this.coordinatorsOnly.creation(VISITOR)).isEqualTo(CommunityAccess.Creation.NONE);
		assertThat(this.coordinatorsOnly.canCreate(OUTSIDER)).isFalse();
	}

	@Test
	void whenAnyoneMayProposeAMemberProposesButAVisitorDoesNot() {
		assertThat(this.anyoneProposes.creation(OUTSIDER)).isEqualTo(CommunityAccess.Creation.PROPOSE);
		assertThat(this.anyoneProposes.creation(COORDINATOR)).isEqualTo(CommunityAccess.Creation.CREATE);
		assertThat(this.anyoneProposes.creation(VISITOR)).isEqualTo(CommunityAccess.Creation.NONE);
		assertThat(this.anyoneProposes.canCreate(OUTSIDER)).isTrue();
	}

	@Test
	void aProposalExistsOnlyForItsProposerAndAdministrators() {
		Community proposal = Community.propose(description("proposal", Visibility.PUBLIC), PERSON.id(), NOW);
		Viewer proposer = new Viewer(PERSON, CommunityRole.FACILITATOR);
		assertThat(this.anyoneProposes.canFind(proposal, proposer)).isTrue();
		assertThat(this.anyoneProposes.canSee(proposal, proposer)).isTrue();
		assertThat(this.anyoneProposes.canEdit(proposal, proposer)).isTrue();
		assertThat(this.anyoneProposes.canFind(proposal, ADMINISTRATOR)).isTrue();
		assertThat(this.anyoneProposes.canFind(proposal, COORDINATOR)).isFalse();
		assertThat(this.anyoneProposes.canFind(proposal, VISITOR)).isFalse();
		assertThat(this.anyoneProposes.canFind(proposal, new Viewer(TestPrincipal.member("Other"), null))).isFalse();
	}

	@Test
	void whoStartedAMembersOnlyCommunityNoLongerReadsItAfterLeaving() {
		Community community = Community.found(description("network", Visibility.MEMBERS_ONLY), PERSON.id(), NOW);
		assertThat(this.coordinatorsOnly.canSee(community, FACILITATOR)).isTrue();
		assertThat(this.coordinatorsOnly.canFind(community, OUTSIDER)).isTrue();
		assertThat(this.coordinatorsOnly.canSee(community, OUTSIDER)).isFalse();
	}

	@Test
	void onlyAdministratorsDecideOnProposals() {
		assertThat(this.anyoneProposes.canDecide(ADMINISTRATOR)).isTrue();
		assertThat(this.anyoneProposes.canDecide(COORDINATOR)).isFalse();
		assertThat(this.anyoneProposes.canDecide(FACILITATOR)).isFalse();
	}

	@Test
	void aVisitorHoldsNoRole() {
		assertThat(Viewer.visitor().member()).isFalse();
		assertThat(new Viewer(PERSON, CommunityRole.EXPERT).is(PERSON.id())).isTrue();
		assertThat(new Viewer(PERSON, CommunityRole.EXPERT).is(UUID.randomUUID())).isFalse();
	}

}
