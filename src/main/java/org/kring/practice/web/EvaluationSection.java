package org.kring.practice.web;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.kring.practice.internal.Criteria;
import org.kring.practice.internal.Evaluation;
import org.kring.practice.internal.Practice;
import org.kring.practice.internal.PracticeState;
import org.kring.practice.internal.ReviewQueries;
import org.kring.system.KringPrincipal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation of a published practice on its page, for every reader: per criterion the
 * mean, the spread and the number of scores, the coordinator's summary and the reviewers'
 * justifications, without their names. Read in two queries whatever the number of scores.
 */
@Component
public class EvaluationSection implements PracticePageSection {

	static final String TEMPLATE = "practice/evaluation.jte";

	private final Criteria criteria;

	private final ReviewQueries queries;

	EvaluationSection(Criteria criteria, ReviewQueries queries) {
		this.criteria = criteria;
		this.queries = queries;
	}

	@Override
	public int order() {
		return 100;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Section> section(Practice practice, @Nullable KringPrincipal viewer, Locale language) {
		if (practice.state() != PracticeState.PUBLISHED) {
			return Optional.empty();
		}
		Evaluation evaluation = Evaluation.of(this.criteria.findAllByOrderByPositionAsc(),
				this.queries.handedInScores(practice.id()));
		if (evaluation.empty() && practice.evaluationSummary() == null) {
			return Optional.empty();
		}
		return Optional.of(new Section("evaluation", "practicereview.evaluation.title", TEMPLATE,
				new Model(evaluation, practice.evaluationSummary())));
	}

	/**
	 * What the section shows.
	 *
	 * @param evaluation the evaluation
	 * @param summary the coordinator's summary, or null
	 */
	public record Model(Evaluation evaluation, @Nullable String summary) {
	}

}
