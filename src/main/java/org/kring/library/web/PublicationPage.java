package org.kring.library.web;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunitySummary;
import org.kring.library.internal.CurriculumModule;
import org.kring.library.internal.FileView;
import org.kring.library.internal.Publication;
import org.kring.library.internal.ShownText;
import org.kring.library.internal.TranslationView;
import org.kring.library.internal.VersionView;
import org.kring.organisation.OrganisationSummary;
import org.kring.system.web.Markdown;

/**
 * A publication's page: its title and summary in the reader's language when there is one,
 * the newest version's files, the older versions, its translations and, for a training
 * curriculum, its modules. Coordinators see how many asked for each translation.
 *
 * @param publication the publication
 * @param shown the title and summary shown
 * @param versions its versions, the newest first
 * @param translations its translations
 * @param organisations the organisations behind it
 * @param community the community it came from, or null
 * @param modules its curriculum modules, empty for other kinds
 * @param requests the translation requests by language, shown to coordinators only
 * @param coordinator whether the reader changes publications
 * @param requested whether the reader already asked for the translation offered
 */
public record PublicationPage(Publication publication, ShownText shown, List<VersionView> versions,
		List<TranslationView> translations, List<OrganisationSummary> organisations,
		@Nullable CommunitySummary community, List<CurriculumModule> modules, Map<String, Integer> requests,
		boolean coordinator, boolean requested) {

	public String path() {
		return "/publications/" + this.publication.id();
	}

	public @Nullable VersionView newest() {
		return this.versions.isEmpty() ? null : this.versions.get(0);
	}

	public List<VersionView> older() {
		return this.versions.isEmpty() ? List.of() : this.versions.subList(1, this.versions.size());
	}

	/**
	 * The newest version's files in the language shown, else in the original language.
	 */
	public List<FileView> files() {
		VersionView newest = newest();
		if (newest == null) {
			return List.of();
		}
		List<FileView> shownFiles = newest.filesIn(this.shown.language());
		return shownFiles.isEmpty() ? newest.filesIn(this.publication.language()) : shownFiles;
	}

	public String summaryHtml() {
		return (this.shown.summary() != null) ? Markdown.toHtml(this.shown.summary()) : "";
	}

}
