package org.kring.community;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Something another module knows about people that a members list may show, such as the
 * organisation they belong to or their expertise. A column appears on the list only when
 * a bean of its {@link #kind()} exists, and a person's value only when they chose to
 * share it with the community or with all their communities. The organisation column
 * comes from the organisation module; the expertise column arrives with the expertise
 * module.
 */
public interface MemberDetails {

	/**
	 * Which column this provides.
	 * @return the kind of detail
	 */
	Kind kind();

	/**
	 * The details of several people at once, in one query whatever their number.
	 * @param personIds the people
	 * @return a short text per person who has one; people without are left out
	 */
	Map<UUID, String> of(Collection<UUID> personIds);

	/**
	 * The details a members list knows to show.
	 */
	enum Kind {

		/** The organisation a person belongs to. */
		ORGANISATION,

		/** A person's expertise. */
		EXPERTISE

	}

}
