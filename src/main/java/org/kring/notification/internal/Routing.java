package org.kring.notification.internal;

/**
 * Who gets what at which community level, as a pure rule:
 * <ul>
 * <li>{@link CommunityLevel#WATCHING} gets everything, also every new thread and
 * reply;</li>
 * <li>{@link CommunityLevel#NORMAL} gets all but the general conversation: mentions,
 * replies to them, themes they support, meetings, results and what is personal;</li>
 * <li>{@link CommunityLevel#MUTED} gets only what is personal: their registrations, their
 * actions, their practices, requests for their input. A mention or a reply in a muted
 * community stays silent: muting is meant to be quiet.</li>
 * </ul>
 * A notification about no community (a practice, a request for input) is routed at
 * {@link CommunityLevel#DEFAULT}. Whatever reaches a person in-app is e-mail-worthy
 * unless its own module mails it already; the person's e-mail mode then decides when it
 * goes.
 */
public final class Routing {

	private Routing() {
	}

	/**
	 * What a person gets of a notification of this kind.
	 * @param kind the kind
	 * @param level the person's level in the community concerned
	 * @return the route, {@link Route#NONE} when they get nothing
	 */
	public static Route route(NotificationKind kind, CommunityLevel level) {
		boolean inApp = switch (kind.audience()) {
			case ACTIVITY -> level == CommunityLevel.WATCHING;
			case ADDRESSED, COMMUNITY -> level != CommunityLevel.MUTED;
			case PERSONAL -> true;
		};
		if (!inApp) {
			return Route.NONE;
		}
		return kind.mailable() ? Route.IN_APP_AND_MAIL : Route.IN_APP;
	}

	/**
	 * Where a notification goes.
	 *
	 * @param inApp whether it is stored for the person's list and bell
	 * @param emailWorthy whether it may go out by e-mail, as the person's mode says
	 */
	public record Route(boolean inApp, boolean emailWorthy) {

		public static final Route NONE = new Route(false, false);

		public static final Route IN_APP = new Route(true, false);

		public static final Route IN_APP_AND_MAIL = new Route(true, true);

	}

}
