package org.kring.library.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kring.library.internal.FileView;
import org.kring.library.internal.Publication;
import org.kring.library.internal.PublicationRow;
import org.kring.library.internal.TranslationView;
import org.kring.library.internal.VersionView;

/**
 * A publication in the JSON API: in a list without its versions and translations, on its
 * own with them and with links to its files.
 *
 * @param id its id
 * @param kind its kind, such as {@code REPORT}
 * @param language the language of the title and summary given
 * @param title the title
 * @param summary the summary
 * @param authors its authors
 * @param year the year it appeared
 * @param licence its licence, on its own only
 * @param url its page
 * @param versions its versions, the newest first, on its own only
 * @param translations its translations, on its own only
 */
record PublicationJson(String id, String kind, String language, String title, @Nullable String summary,
		@Nullable String authors, @Nullable Integer year, @Nullable String licence, String url,
		@Nullable List<Version> versions, @Nullable List<TranslationView> translations) {

	static PublicationJson of(PublicationRow row, String baseUrl) {
		return new PublicationJson(row.id().toString(), row.kind().name(), row.language(), row.title(), row.summary(),
				row.authors(), row.year(), null, baseUrl + row.path(), null, null);
	}

	static PublicationJson of(Publication publication, List<VersionView> versions, List<TranslationView> translations,
			String baseUrl) {
		return new PublicationJson(publication.id().toString(), publication.kind().name(), publication.language(),
				publication.title(), publication.summary(), publication.authors(), publication.year(),
				publication.licence(), baseUrl + "/publications/" + publication.id(),
				versions.stream().map((version) -> Version.of(version, baseUrl)).toList(), translations);
	}

	/**
	 * A version with its files.
	 *
	 * @param number its number
	 * @param changeNote what changed
	 * @param createdAt when it was added
	 * @param files its files
	 */
	record Version(int number, @Nullable String changeNote, String createdAt, List<File> files) {

		static Version of(VersionView version, String baseUrl) {
			return new Version(version.number(), version.changeNote(), version.createdAt().toString(),
					version.files().stream().map((file) -> File.of(file, baseUrl)).toList());
		}

	}

	/**
	 * A file.
	 *
	 * @param language its language
	 * @param name its name
	 * @param contentType its type
	 * @param size its size in bytes
	 * @param sha256 its checksum
	 * @param url where to download it
	 */
	record File(String language, String name, String contentType, long size, String sha256, String url) {

		static File of(FileView file, String baseUrl) {
			return new File(file.language(), file.name(), file.contentType(), file.size(), file.sha256(),
					baseUrl + file.path());
		}

	}

}
