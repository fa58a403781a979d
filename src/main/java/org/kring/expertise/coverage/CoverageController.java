package org.kring.expertise.coverage;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.kring.expertise.FieldLabel;
import org.kring.organisation.OrganisationSummary;
import org.kring.system.KringPrincipal;
import org.kring.system.web.Csv;
import org.kring.system.web.FormErrors;
import org.kring.system.web.PageContext;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coverage matrix at {@code /experts/coverage?community={slug}}, its CSV export and
 * its targets form; without a community, the communities whose coverage the viewer may
 * see. Who sees what: {@link CoverageViewers}.
 */
@Controller
class CoverageController {

	static final String VIEW = "expertise/coverage";

	static final String CHOICE_VIEW = "expertise/coverage-choice";

	private final CoverageViewers viewers;

	private final CoverageReports reports;

	private final CoverageQueries queries;

	private final MessageSource messages;

	CoverageController(CoverageViewers viewers, CoverageReports reports, CoverageQueries queries,
			MessageSource messages) {
		this.viewers = viewers;
		this.reports = reports;
		this.queries = queries;
		this.messages = messages;
	}

	@GetMapping("/experts/coverage")
	ModelAndView coverage(@RequestParam(required = false) @Nullable String community,
			@AuthenticationPrincipal @Nullable KringPrincipal me, Locale locale) {
		KringPrincipal viewer = CoverageViewers.signedIn(me);
		if (community == null || community.isBlank()) {
			return new ModelAndView(CHOICE_VIEW, Map.of("page", new CoverageChoicePage(this.viewers.choices(viewer))));
		}
		CoverageViewers.Viewing viewing = this.viewers.viewing(viewer, community);
		CoverageReports.CoverageReport report = this.reports.of(viewing.id(), locale);
		return view(viewing, report, TargetForm.of(report.matrix().target()), FormErrors.none(), locale);
	}

	@PostMapping("/experts/coverage/targets")
	ModelAndView setTargets(@RequestParam(required = false) @Nullable String community,
			@AuthenticationPrincipal @Nullable KringPrincipal me, @ModelAttribute("form") TargetForm form,
			BindingResult result, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		KringPrincipal viewer = CoverageViewers.signedIn(me);
		CoverageViewers.Viewing viewing = this.viewers.viewing(viewer, community);
		if (!viewing.setsTargets()) {
			throw new org.springframework.security.access.AccessDeniedException("Only nominators set targets");
		}
		form.problems()
			.forEach((field, key) -> result
				.addError(new FieldError("form", field, null, false, new String[] { key }, null, key)));
		if (!result.hasErrors()) {
			this.queries.setTarget(viewing.id(), form.target(), viewer.id());
			redirect.addFlashAttribute(PageContext.NOTICE, "coverage.target.saved");
			return new ModelAndView("redirect:" + path(viewing));
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return view(viewing, this.reports.of(viewing.id(), locale), form, FormErrors.of(result), locale);
	}

	@GetMapping("/experts/coverage.csv")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) @Nullable String community,
			@AuthenticationPrincipal @Nullable KringPrincipal me, Locale locale) {
		CoverageViewers.Viewing viewing = this.viewers.viewing(CoverageViewers.signedIn(me), community);
		CoverageReports.CoverageReport report = this.reports.of(viewing.id(), locale);
		return CoverageCsv.of(report, (key) -> text(key, locale))
			.download("coverage-" + viewing.community().slug() + ".csv");
	}

	private ModelAndView view(CoverageViewers.Viewing viewing, CoverageReports.CoverageReport report, TargetForm form,
			FormErrors errors, Locale locale) {
		CoverageMatrix matrix = report.matrix();
		List<CoveragePage.Column> columns = report.partners()
			.stream()
			.map((partner) -> new CoveragePage.Column(partner.name(), partner.path(),
					new CoveragePage.Cell(matrix.partnerTotal(partner.id()), matrix.target().expertsPerPartner())))
			.toList();
		List<CoveragePage.Row> rows = new ArrayList<>();
		for (FieldLabel field : report.fields()) {
			rows.add(new CoveragePage.Row(field.name(),
					report.partners()
						.stream()
						.map((partner) -> new CoveragePage.Cell(matrix.count(field.code(), partner.id()),
								matrix.target().expertsPerField()))
						.toList(),
					matrix.otherCount(field.code()), matrix.fieldTotal(field.code())));
		}
		CoveragePage page = new CoveragePage(viewing.community().name(), viewing.community().slug(), columns,
				matrix.otherTotal(), rows, matrix.total(), gaps(report, locale), matrix.target().expertsPerPartner(),
				matrix.target().expertsPerField(),
				new CoveragePage.Rights(viewing.setsTargets(), viewing.editsCommunity()), form, errors);
		return new ModelAndView(VIEW, Map.of("page", page));
	}

	private List<String> gaps(CoverageReports.CoverageReport report, Locale locale) {
		Map<UUID, OrganisationSummary> partners = report.partnersById();
		Map<String, String> fields = report.fieldNames();
		return report.matrix().gaps().stream().map((gap) -> {
			String partner = partners.get(gap.partner()).name();
			if (gap.field() == null) {
				return text("coverage.gap.partner", locale, partner, gap.count(), gap.target());
			}
			if (gap.count() == 0) {
				return text("coverage.gap.none", locale, partner, fields.get(gap.field()));
			}
			return text("coverage.gap.field", locale, partner, gap.count(), fields.get(gap.field()), gap.target());
		}).toList();
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, key, locale);
	}

	static String path(CoverageViewers.Viewing viewing) {
		return "/experts/coverage?community=" + URLEncoder.encode(viewing.community().slug(), StandardCharsets.UTF_8);
	}

}
