package org.kring.library.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.library.internal.Publication;

/**
 * The publication form as typed, or as the stored publication reads.
 *
 * @param kind the kind's name
 * @param language the original language
 * @param title the title
 * @param summary the summary
 * @param authors the authors
 * @param organisations the chosen organisations
 * @param community the chosen community's id, or null
 * @param project the project
 * @param year the year as typed
 * @param licence the licence
 * @param version the version the form was opened at, null for a new publication
 */
public record PublicationForm(@Nullable String kind, @Nullable String language, @Nullable String title,
		@Nullable String summary, @Nullable String authors, List<UUID> organisations, @Nullable String community,
		@Nullable String project, @Nullable String year, @Nullable String licence, @Nullable Long version) {

	static PublicationForm empty(String language) {
		return new PublicationForm(null, language, null, null, null, List.of(), null, null, null, null, null);
	}

	static PublicationForm of(Publication publication) {
		return new PublicationForm(publication.kind().name(), publication.language(), publication.title(),
				publication.summary(), publication.authors(), List.copyOf(publication.organisations()),
				(publication.communityId() != null) ? publication.communityId().toString() : null,
				publication.project(), (publication.year() != null) ? publication.year().toString() : null,
				publication.licence(), publication.version());
	}

	PublicationForm atVersion(long current) {
		return new PublicationForm(this.kind, this.language, this.title, this.summary, this.authors, this.organisations,
				this.community, this.project, this.year, this.licence, current);
	}

	public boolean chosen(UUID organisation) {
		return this.organisations.contains(organisation);
	}

}
