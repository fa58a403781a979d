package org.kring.system.api;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import org.springframework.util.MultiValueMap;

/**
 * What a client asked of a list: the page ({@link ApiPaging}) and the filters the list
 * knows, each as sent. A filter sent more than once reads as its values joined by commas,
 * as Spring binds a single {@code String} parameter, so a list refuses it as any other
 * value it does not know.
 *
 * @param paging the page asked for
 * @param filters the filters sent, by name, in the order the list names them; a filter
 * not sent is absent, one sent empty is there as an empty string
 */
public record ApiQuery(ApiPaging paging, Map<String, String> filters) {

	public ApiQuery {
		filters = Collections.unmodifiableMap(new LinkedHashMap<>(filters));
	}

	/**
	 * Reads the page, the size and the filters a list knows; other parameters are
	 * ignored.
	 * @param parameters the request's parameters
	 * @param names the filters the list knows
	 * @return the query
	 * @throws ApiProblem (400) when the page or size is not a whole number in range
	 */
	public static ApiQuery of(MultiValueMap<String, String> parameters, String... names) {
		ApiPaging paging = ApiPaging.of(value(parameters, "page"), value(parameters, "size"));
		Map<String, String> filters = new LinkedHashMap<>();
		for (String name : names) {
			String value = value(parameters, name);
			if (value != null) {
				filters.put(name, value);
			}
		}
		return new ApiQuery(paging, filters);
	}

	/**
	 * A filter as sent.
	 * @param name the filter's name
	 * @return its value, or null when it was not sent
	 */
	public @Nullable String filter(String name) {
		return this.filters.get(name);
	}

	/**
	 * Refuses a filter that was sent with a value the list does not take.
	 * @param name the filter's name
	 * @param acceptable whether the list takes a value, empty ones included
	 * @param rule what a value must be, to finish "The parameter 'name' must be ...",
	 * such as {@code "an ISO 639 code such as en"}
	 * @return this query
	 * @throws ApiProblem (400) naming the filter when its value is not acceptable
	 */
	public ApiQuery require(String name, Predicate<String> acceptable, String rule) {
		String value = filter(name);
		if (value != null && !acceptable.test(value)) {
			throw ApiProblem.badParameter(name, "The parameter '" + name + "' must be " + rule);
		}
		return this;
	}

	/**
	 * Refuses a filter that was sent with anything but a whole number in range.
	 * @param name the filter's name
	 * @param min the least number taken
	 * @param max the greatest number taken
	 * @return this query
	 * @throws ApiProblem (400) naming the filter when its value is not such a number
	 */
	public ApiQuery requireNumber(String name, int min, int max) {
		return require(name, (value) -> ApiPaging.inRange(value, min, max), ApiPaging.numberRule(min, max));
	}

	/**
	 * Refuses the first of the filters that a list's own reading found to name nothing.
	 * @param rejected the names of the filters that name nothing, in the order to report
	 * them
	 * @throws ApiProblem (400) naming the first of them, when there is one
	 */
	public static void refuseUnknown(Collection<String> rejected) {
		if (!rejected.isEmpty()) {
			String name = rejected.iterator().next();
			throw ApiProblem.badParameter(name, "The parameter '" + name + "' names no " + name);
		}
	}

	private static @Nullable String value(MultiValueMap<String, String> parameters, String name) {
		List<String> values = parameters.get(name);
		return (values == null || values.isEmpty()) ? null : String.join(",", values);
	}

}
