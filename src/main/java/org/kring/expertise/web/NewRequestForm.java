package org.kring.expertise.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kring.expertise.internal.RequestInput;

/**
 * The form that asks experts for input, as typed.
 *
 * @param kind what is asked for
 * @param title the title
 * @param question what is asked
 * @param link a link to what it is about
 * @param community the community it is for
 * @param dueOn the due date, {@code yyyy-MM-dd}
 * @param expert the ids of the experts chosen
 */
public record NewRequestForm(@Nullable String kind, @Nullable String title, @Nullable String question,
		@Nullable String link, @Nullable String community, @Nullable String dueOn, @Nullable List<String> expert) {

	static NewRequestForm empty(List<String> experts) {
		return new NewRequestForm(null, null, null, null, null, null, experts);
	}

	RequestInput input() {
		return new RequestInput(this.kind, this.title, this.question, this.link, this.community, this.dueOn, experts());
	}

	public List<String> experts() {
		return (this.expert != null) ? this.expert : List.of();
	}

	public boolean isKind(String value) {
		return value.equals(this.kind);
	}

	public boolean isCommunity(String value) {
		return value.equals(this.community);
	}

}
