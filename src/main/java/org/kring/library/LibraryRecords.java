package org.kring.library;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.library.internal.Curricula;
import org.kring.library.internal.CurriculumModule;
import org.kring.library.internal.CurriculumTarget;
import org.kring.library.internal.Library;
import org.kring.library.internal.Publication;
import org.kring.library.internal.PublicationDraft;
import org.kring.library.internal.Publications;
import org.kring.library.internal.SamplePdf;
import org.kring.system.files.Upload;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the instance puts in publications of its own, such as the demo's: each with a small
 * PDF made on the spot, later versions, translations and curriculum modules.
 */
@Service
@Transactional
public class LibraryRecords {

	private final Library library;

	private final Publications publications;

	private final Curricula curricula;

	LibraryRecords(Library library, Publications publications, Curricula curricula) {
		this.library = library;
		this.publications = publications;
		this.curricula = curricula;
	}

	/**
	 * Whether the library holds anything.
	 * @return true when there is a publication
	 */
	@Transactional(readOnly = true)
	public boolean hasPublications() {
		return this.publications.count() > 0;
	}

	/**
	 * Adds a publication with one PDF showing a line of text.
	 * @param kind its kind's name, such as {@code REPORT}
	 * @param language its language
	 * @param title its title
	 * @param summary its summary
	 * @param authors its authors
	 * @param year the year it appeared
	 * @param community the community it came from, or null
	 * @param pdfText the line its PDF shows
	 * @param by who adds it
	 * @return its id
	 */
	public UUID add(String kind, String language, String title, String summary, String authors, int year,
			@Nullable UUID community, String pdfText, UUID by) {
		PublicationDraft draft = PublicationDraft.of(kind, language, title, summary, authors, List.of(), community,
				null, Integer.toString(year), "CC BY 4.0");
		return this.library.add(draft, List.of(pdf(pdfText)), by).id();
	}

	/**
	 * Adds a new version with one PDF.
	 * @param publicationId the publication
	 * @param changeNote what changed
	 * @param pdfText the line its PDF shows
	 * @param by who adds it
	 */
	public void addVersion(UUID publicationId, String changeNote, String pdfText, UUID by) {
		this.library.addVersion(find(publicationId), changeNote, List.of(pdf(pdfText)), by);
	}

	/**
	 * Adds a translation with one PDF.
	 * @param publicationId the publication
	 * @param language its language
	 * @param title its title
	 * @param summary its summary
	 * @param by who adds it
	 */
	public void translate(UUID publicationId, String language, String title, String summary, UUID by) {
		this.library.translate(find(publicationId), language, title, summary, List.of(pdf(title)), by);
	}

	/**
	 * Sets a training curriculum's modules.
	 * @param publicationId the curriculum
	 * @param modules the modules, each as title, goals, minutes, {@code POLICY_MAKERS} or
	 * {@code COUNSELLORS}, and assignments as title and instructions pairs
	 */
	public void curriculum(UUID publicationId, List<Module> modules) {
		this.curricula.replace(find(publicationId),
				modules.stream()
					.map((module) -> new CurriculumModule(module.title(), module.goals(), module.minutes(),
							CurriculumTarget.valueOf(module.target()),
							module.assignments()
								.stream()
								.map((pair) -> new CurriculumModule.Assignment(pair.get(0), pair.get(1)))
								.toList()))
					.toList());
	}

	/**
	 * A curriculum module as the demo writes it.
	 *
	 * @param title its title
	 * @param goals its goals
	 * @param minutes its duration
	 * @param target {@code POLICY_MAKERS} or {@code COUNSELLORS}
	 * @param assignments each a title and instructions
	 */
	public record Module(String title, String goals, int minutes, String target, List<List<String>> assignments) {
	}

	private Publication find(UUID publicationId) {
		return this.library.find(publicationId).orElseThrow();
	}

	private static Upload pdf(String text) {
		byte[] bytes = SamplePdf.of(text.replaceAll("[^\\x20-\\x7E]", "?"));
		return new Upload("publication.pdf", bytes.length, () -> new ByteArrayInputStream(bytes));
	}

}
