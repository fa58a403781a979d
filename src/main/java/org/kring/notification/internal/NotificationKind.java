package org.kring.notification.internal;

/**
 * What a notification tells, and to whom it is addressed: that decides which community
 * levels let it through ({@link Routing}).
 */
public enum NotificationKind {

	NEW_THREAD(Audience.ACTIVITY, true),

	REPLY(Audience.ACTIVITY, true),

	REPLY_TO_ME(Audience.ADDRESSED, true),

	MENTION(Audience.ADDRESSED, true),

	MEETING_SCHEDULED(Audience.COMMUNITY, true),

	/** The meeting module mails the confirmation itself. */
	REGISTRATION_CONFIRMED(Audience.PERSONAL, false),

	/** The meeting module mails the promotion itself. */
	REGISTRATION_PROMOTED(Audience.PERSONAL, false),

	THEME_SCHEDULED(Audience.ADDRESSED, true),

	/** The result module mails owners of actions due itself. */
	ACTION_DUE(Audience.PERSONAL, false),

	SIGNAL_ANSWERED(Audience.COMMUNITY, true),

	PRACTICE_RETURNED(Audience.PERSONAL, true),

	PRACTICE_PUBLISHED(Audience.PERSONAL, true),

	/** The expertise module mails the experts asked itself. */
	EXPERT_REQUEST(Audience.PERSONAL, false),

	MODERATION_WARNING(Audience.PERSONAL, true);

	private final Audience audience;

	private final boolean mailable;

	NotificationKind(Audience audience, boolean mailable) {
		this.audience = audience;
		this.mailable = mailable;
	}

	public Audience audience() {
		return this.audience;
	}

	/**
	 * Whether a notification of this kind may go out by e-mail, as the person's e-mail
	 * mode says; false when its module mails it already.
	 * @return true when mailable
	 */
	public boolean mailable() {
		return this.mailable;
	}

	public String messageKey() {
		return "notification.kind." + name();
	}

	/**
	 * Whom a kind of notification concerns.
	 */
	public enum Audience {

		/** Anyone following a community's conversations: new threads and replies. */
		ACTIVITY,

		/**
		 * A person the content addresses: a reply to them, a mention, a theme they
		 * support.
		 */
		ADDRESSED,

		/** Every member: meetings and results of the community. */
		COMMUNITY,

		/**
		 * The person alone, about something of theirs: a registration, an action they
		 * own, their practice, a request for their input, a moderator's warning.
		 */
		PERSONAL

	}

}
