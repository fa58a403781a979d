package org.kring.community.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kring.community.internal.MembershipRefused;

/**
 * Why a membership step was refused, carried across the redirect to the page that tells
 * the person.
 *
 * @param key the message key
 * @param args its arguments, such as the name of who decided first
 */
public record Problem(String key, List<Object> args) implements java.io.Serializable {

	/** The flash attribute that carries a problem to the next page. */
	static final String FLASH = "membershipProblem";

	public Problem {
		args = List.copyOf(args);
	}

	static Problem of(MembershipRefused refused) {
		return new Problem(refused.key(),
				refused.args().stream().map(String::valueOf).map(Object.class::cast).toList());
	}

	static @Nullable Problem from(@Nullable Object flashed) {
		return (flashed instanceof Problem problem) ? problem : null;
	}

	public Object[] arguments() {
		return this.args.toArray();
	}

}
