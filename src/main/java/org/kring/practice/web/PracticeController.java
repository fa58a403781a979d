package org.kring.practice.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import gg.jte.TemplateEngine;
import org.jspecify.annotations.Nullable;
import org.kring.organisation.FieldName;
import org.kring.organisation.FieldVocabulary;
import org.kring.organisation.OrganisationManagement;
import org.kring.practice.internal.Practice;
import org.kring.practice.internal.PracticeAccess;
import org.kring.practice.internal.PracticeDescription;
import org.kring.practice.internal.PracticeDesk;
import org.kring.system.KringPrincipal;
import org.kring.system.files.FileDownloads;
import org.kring.system.i18n.Countries;
import org.kring.system.i18n.LanguageCodes;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * A good practice's page and its files, for whoever may read it: everyone once it is
 * published, before that its submitter, its reviewers and coordinators; anyone else gets
 * 404, as for a practice that does not exist.
 */
@Controller
class PracticeController {

	static final String VIEW = "practice/show";

	private final PracticeDesk desk;

	private final PracticeAccess access;

	private final FieldVocabulary fields;

	private final OrganisationManagement organisations;

	private final ObjectProvider<PracticePageSection> sections;

	private final TemplateEngine templates;

	PracticeController(PracticeDesk desk, PracticeAccess access, FieldVocabulary fields,
			OrganisationManagement organisations, ObjectProvider<PracticePageSection> sections,
			TemplateEngine templates) {
		this.desk = desk;
		this.access = access;
		this.fields = fields;
		this.organisations = organisations;
		this.sections = sections;
		this.templates = templates;
	}

	@GetMapping("/practices/{id}")
	ModelAndView show(@PathVariable String id, @AuthenticationPrincipal @Nullable KringPrincipal me, Locale locale) {
		Practice practice = this.desk.readable(me, PracticePaths.id(id));
		PracticeDescription d = practice.description();
		List<String> fieldNames = this.fields.all(locale)
			.stream()
			.filter((field) -> d.fields().contains(field.code()))
			.map(FieldName::name)
			.toList();
		PracticePage page = new PracticePage(practice.id(), d, practice.state(),
				(d.country() != null) ? Countries.name(d.country(), locale) : null, fieldNames, organisation(d),
				LanguageCodes.sorted(List.copyOf(d.languages()), locale)
					.stream()
					.map(LanguageCodes.Named::name)
					.toList(),
				LanguageCodes.name(d.language(), locale),
				this.access.followsReview(me, practice) ? practice.stateChanges() : List.of(),
				this.access.seesContact(me, practice), this.desk.files(practice.id()),
				this.access.mayEdit(me, practice), practice.evaluationSummary(), sections(practice, me, locale),
				this.templates);
		return new ModelAndView(VIEW, Map.of("page", page));
	}

	@GetMapping("/practices/{id}/files/{fileId}")
	ResponseEntity<Resource> download(@PathVariable String id, @PathVariable String fileId,
			@AuthenticationPrincipal @Nullable KringPrincipal me) {
		PracticeDesk.Download download = this.desk.download(me, PracticePaths.id(id), PracticePaths.id(fileId));
		return download.published()
				? FileDownloads.publicly(download.path(), download.file().name(), download.file().contentType())
				: FileDownloads.privately(download.path(), download.file().name(), download.file().contentType());
	}

	private PracticePage.@Nullable Organisation organisation(PracticeDescription d) {
		if (d.organisationId() != null) {
			return this.organisations.summaries(List.of(d.organisationId()))
				.stream()
				.findFirst()
				.map((found) -> new PracticePage.Organisation(found.name(), found.path()))
				.orElse(null);
		}
		return (d.organisationName() != null) ? new PracticePage.Organisation(d.organisationName(), null) : null;
	}

	private List<PracticePageSection.Section> sections(Practice practice, @Nullable KringPrincipal me, Locale locale) {
		return this.sections.stream()
			.sorted(Comparator.comparingInt(PracticePageSection::order))
			.map((section) -> section.section(practice, me, locale))
			.flatMap(Optional::stream)
			.toList();
	}

}
