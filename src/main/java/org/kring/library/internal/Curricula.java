package org.kring.library.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The modules and assignments of training curricula. The edit form sends the whole
 * curriculum in its new order, so saving replaces what was there: adding, changing,
 * reordering and removing are one step.
 */
@Service
@Transactional
public class Curricula {

	private final JdbcClient jdbc;

	Curricula(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A curriculum's modules with their assignments, in order, in two queries.
	 * @param publicationId the publication
	 * @return the modules
	 */
	@Transactional(readOnly = true)
	public List<CurriculumModule> modules(UUID publicationId) {
		Map<UUID, List<CurriculumModule.Assignment>> assignments = new HashMap<>();
		this.jdbc.sql(
				"select a.module_id, a.title, a.instructions from library_assignment a join library_curriculum_module m"
						+ " on m.id = a.module_id where m.publication_id = ? order by a.module_id, a.position")
			.param(publicationId)
			.query((rs, n) -> assignments
				.computeIfAbsent(rs.getObject("module_id", UUID.class), (k) -> new ArrayList<>())
				.add(new CurriculumModule.Assignment(rs.getString("title"), rs.getString("instructions"))))
			.list();
		return this.jdbc
			.sql("select id, title, goals, duration_minutes, target_group from library_curriculum_module"
					+ " where publication_id = ? order by position")
			.param(publicationId)
			.query((rs, n) -> new CurriculumModule(rs.getString("title"), rs.getString("goals"),
					(Integer) rs.getObject("duration_minutes"), CurriculumTarget.valueOf(rs.getString("target_group")),
					assignments.getOrDefault(rs.getObject("id", UUID.class), List.of())))
			.list();
	}

	/**
	 * Replaces a curriculum's modules.
	 * @param publication the publication, a training curriculum
	 * @param modules the modules in their new order
	 */
	public void replace(Publication publication, List<CurriculumModule> modules) {
		if (publication.kind() != PublicationKind.TRAINING_CURRICULUM) {
			throw LibraryRefused.of("modules", "library.curriculum.kind");
		}
		this.jdbc.sql("delete from library_curriculum_module where publication_id = ?")
			.param(publication.id())
			.update();
		int position = 1;
		for (CurriculumModule module : modules) {
			UUID moduleId = UUID.randomUUID();
			this.jdbc
				.sql("insert into library_curriculum_module (id, publication_id, position, title, goals,"
						+ " duration_minutes, target_group) values (?, ?, ?, ?, ?, ?, ?)")
				.params(moduleId, publication.id(), position++, module.title(), module.goals(),
						module.durationMinutes(), module.targetGroup().name())
				.update();
			int assignmentPosition = 1;
			for (CurriculumModule.Assignment assignment : module.assignments()) {
				this.jdbc
					.sql("insert into library_assignment (id, module_id, position, title, instructions)"
							+ " values (?, ?, ?, ?, ?)")
					.params(UUID.randomUUID(), moduleId, assignmentPosition++, assignment.title(),
							assignment.instructions())
					.update();
			}
		}
	}

}
