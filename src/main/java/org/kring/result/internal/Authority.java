package org.kring.result.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Whom a signal addresses: an organisation of a government kind known to the organisation
 * module, or a named office (such as "Dienst Vreemdelingenzaken, loket Gent"); at least
 * one of them.
 *
 * @param organisationId the organisation, or null
 * @param office the office's name, or null
 */
public record Authority(@Nullable UUID organisationId, @Nullable String office) {

	public Authority {
		if (organisationId == null && office == null) {
			throw new SignalRefused("authority", "signal.authority.required");
		}
	}

}
