package org.kring.notification.internal;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kring.notification.internal.Routing.Route;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of notification at every community level, against a table written out by
 * hand: W, N and M for the levels that get it in-app, then {@code @} when it is
 * e-mail-worthy.
 */
class RoutingTests {

	private static final Map<NotificationKind, String> EXPECTED = new EnumMap<>(NotificationKind.class);

	static {
		EXPECTED.put(NotificationKind.NEW_THREAD, "W@");
		EXPECTED.put(NotificationKind.REPLY, "W@");
		EXPECTED.put(NotificationKind.REPLY_TO_ME, "WN@");
		EXPECTED.put(NotificationKind.MENTION, "WN@");
		EXPECTED.put(NotificationKind.MEETING_SCHEDULED, "WN@");
		EXPECTED.put(NotificationKind.REGISTRATION_CONFIRMED, "WNM");
		EXPECTED.put(NotificationKind.REGISTRATION_PROMOTED, "WNM");
		EXPECTED.put(NotificationKind.THEME_SCHEDULED, "WN@");
		EXPECTED.put(NotificationKind.ACTION_DUE, "WNM");
		EXPECTED.put(NotificationKind.SIGNAL_ANSWERED, "WN@");
		EXPECTED.put(NotificationKind.PRACTICE_RETURNED, "WNM@");
		EXPECTED.put(NotificationKind.PRACTICE_PUBLISHED, "WNM@");
		EXPECTED.put(NotificationKind.EXPERT_REQUEST, "WNM");
		EXPECTED.put(NotificationKind.MODERATION_WARNING, "WNM@");
	}

	static Stream<Arguments> cells() {
		return Arrays.stream(NotificationKind.values())
			.flatMap((kind) -> Arrays.stream(CommunityLevel.values()).map((level) -> Arguments.of(kind, level)));
	}

	@ParameterizedTest(name = "{0} at {1}")
	@MethodSource("cells")
	void eachKindReachesEachLevelAsTheTableSays(NotificationKind kind, CommunityLevel level) {
		String expected = EXPECTED.get(kind);
		assertThat(expected).as("the table's row for %s", kind).isNotNull();
		boolean inApp = expected.indexOf(level.name().charAt(0)) >= 0;
		Route route = Routing.route(kind, level);
		assertThat(route.inApp()).as("in-app").isEqualTo(inApp);
		assertThat(route.emailWorthy()).as("e-mail-worthy").isEqualTo(inApp && expected.endsWith("@"));
	}

	@Test
	void aMutedCommunityStillTellsAPersonOfTheirOwnBusinessOnly() {
		assertThat(Arrays.stream(NotificationKind.values())
			.filter((kind) -> Routing.route(kind, CommunityLevel.MUTED).inApp())
			.allMatch((kind) -> kind.audience() == NotificationKind.Audience.PERSONAL)).isTrue();
	}

	@Test
	void theDefaultsAreNormalAndAWeeklyDigest() {
		assertThat(CommunityLevel.DEFAULT).isEqualTo(CommunityLevel.NORMAL);
		assertThat(EmailMode.DEFAULT).isEqualTo(EmailMode.WEEKLY);
	}

}
