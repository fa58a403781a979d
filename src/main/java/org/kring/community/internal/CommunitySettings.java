package org.kring.community.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The community settings of an instance, under {@code kring.communities}.
 *
 * @param proposals who may start a community: {@code coordinators} (the default: only
 * coordinators and administrators start one), or {@code anyone} (any signed-in member may
 * also propose one, which an administrator approves or declines before it is listed);
 * {@code KRING_COMMUNITIES_PROPOSALS}
 */
@ConfigurationProperties("kring.communities")
public record CommunitySettings(@DefaultValue("coordinators") Proposals proposals) {

	/**
	 * Who, besides coordinators and administrators, may propose a community.
	 */
	public enum Proposals {

		/** Nobody else. */
		COORDINATORS,

		/** Any signed-in member, subject to an administrator's approval. */
		ANYONE

	}

}
