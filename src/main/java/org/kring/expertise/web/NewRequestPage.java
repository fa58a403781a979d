package org.kring.expertise.web;

import java.util.List;
import java.util.stream.Stream;

import org.kring.community.CommunitySummary;
import org.kring.expertise.internal.RequestKind;
import org.kring.expertise.internal.RequestableExperts.Choice;
import org.kring.system.web.FormErrors;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The page that asks experts for input: a search for experts by name, then the request.
 *
 * @param form the request as typed
 * @param errors the problems of the request
 * @param query the name searched for
 * @param found the experts the search found, not yet chosen
 * @param chosen the experts chosen
 * @param kinds what may be asked for
 * @param communities the communities the request may be for
 * @param today the earliest due date
 * @param maxMegabytes the largest file, in megabytes
 * @param maxFiles the most files
 */
public record NewRequestPage(NewRequestForm form, FormErrors errors, String query, List<Choice> found,
		List<Choice> chosen, List<RequestKind> kinds, List<CommunitySummary> communities, String today,
		long maxMegabytes, int maxFiles) {

	/**
	 * The address of this page with one more expert chosen, keeping the search.
	 * @param expert the expert to add
	 * @return a local path with its query
	 */
	public String adding(Choice expert) {
		return address(Stream.concat(this.chosen.stream(), Stream.of(expert)).toList());
	}

	/**
	 * The address of this page without an expert.
	 * @param expert the expert to leave out
	 * @return a local path with its query
	 */
	public String removing(Choice expert) {
		return address(this.chosen.stream().filter((other) -> !other.id().equals(expert.id())).toList());
	}

	private String address(List<Choice> experts) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/experts/requests/new");
		experts.forEach((choice) -> uri.queryParam("expert", choice.id()));
		if (!this.query.isBlank()) {
			uri.queryParam("q", this.query);
		}
		return uri.encode().build().toUriString();
	}

}
