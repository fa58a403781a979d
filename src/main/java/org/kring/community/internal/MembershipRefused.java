package org.kring.community.internal;

import java.util.List;

/**
 * A membership step the rules do not allow now, such as leaving as the last facilitator
 * or approving an application someone else already decided on. Carries the message that
 * tells the person why, as a key of the {@code membership} bundle and its arguments.
 */
public class MembershipRefused extends RuntimeException {

	private final String key;

	private final List<Object> args;

	public MembershipRefused(String key, Object... args) {
		super(key);
		this.key = key;
		this.args = List.of(args);
	}

	public String key() {
		return this.key;
	}

	public List<Object> args() {
		return this.args;
	}

}
