package org.kring.library.web;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.system.files.Upload;
import org.kring.system.files.Uploads;
import org.kring.system.web.CleanText;

import org.springframework.web.multipart.MultipartFile;

/**
 * The publication form's fields as sent, all as text so that nothing typed is lost to a
 * binding error; an id that is not one counts as unknown.
 *
 * @param kind the kind's name
 * @param language the original language
 * @param title the title
 * @param summary the summary
 * @param authors the authors
 * @param organisations the chosen organisations' ids
 * @param community the chosen community's id
 * @param project the project
 * @param year the year
 * @param licence the licence
 * @param version the version the form was opened at
 * @param files the files of the first version
 */
record PublicationFormValues(@Nullable String kind, @Nullable String language, @Nullable String title,
		@Nullable String summary, @Nullable String authors, @Nullable List<String> organisations,
		@Nullable String community, @Nullable String project, @Nullable String year, @Nullable String licence,
		@Nullable String version, @Nullable List<MultipartFile> files) {

	PublicationFormValues {
		title = CleanText.clean(title);
		summary = CleanText.clean(summary);
		authors = CleanText.clean(authors);
		project = CleanText.clean(project);
		licence = CleanText.clean(licence);
		year = CleanText.clean(year);
	}

	@Nullable Long versionNumber() {
		try {
			return (this.version != null) ? Long.valueOf(this.version.strip()) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	@Nullable UUID communityId() {
		if (this.community == null || this.community.isBlank()) {
			return null;
		}
		UUID id = uuid(this.community);
		return (id != null) ? id : new UUID(0, 0);
	}

	List<UUID> organisationIds() {
		if (this.organisations == null) {
			return List.of();
		}
		return this.organisations.stream()
			.filter((id) -> !id.isBlank())
			.map((id) -> Objects.requireNonNullElse(uuid(id), new UUID(0, 0)))
			.distinct()
			.toList();
	}

	List<Upload> uploads() {
		return Uploads.of(this.files);
	}

	PublicationForm typed(@Nullable Long openedAt) {
		return new PublicationForm(this.kind, this.language, this.title, this.summary, this.authors, organisationIds(),
				this.community, this.project, this.year, this.licence, openedAt);
	}

	private static @Nullable UUID uuid(String id) {
		try {
			return UUID.fromString(id.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
