package org.kring.organisation;

import java.util.Arrays;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Reads the constant of an enumeration that a request names, in any case.
 */
final class EnumNames {

	private EnumNames() {
	}

	static <E extends Enum<E>> Optional<E> parse(E[] values, @Nullable String name) {
		if (name == null) {
			return Optional.empty();
		}
		String wanted = name.strip();
		return Arrays.stream(values).filter((value) -> value.name().equalsIgnoreCase(wanted)).findFirst();
	}

}
