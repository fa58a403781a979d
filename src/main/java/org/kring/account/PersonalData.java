package org.kring.account;

import java.util.Map;
import java.util.UUID;

/**
 * What a module holds about a person, for the person's own download and for their
 * erasure. Every module that stores something about a person provides one bean of this
 * type, so that adding a module never means forgetting a person's data.
 */
public interface PersonalData {

	/**
	 * The name of the section in the export, such as {@code "account"} or
	 * {@code "meetings"}.
	 * @return a short, stable, lower-case name
	 */
	String section();

	/**
	 * Everything this module holds about the person, as plain values (strings, numbers,
	 * booleans, lists and maps) ready to be written as JSON.
	 * @param personId the person
	 * @return the data; an empty map when the module holds nothing about them
	 */
	Map<String, Object> export(UUID personId);

	/**
	 * Erases or anonymises what this module holds about the person, keeping other
	 * people's content intact.
	 * @param personId the person
	 */
	void erase(UUID personId);

}
