package org.kring.demo;

import java.util.List;
import java.util.UUID;

import org.kring.account.AccountManagement;
import org.kring.library.LibraryRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A fictional library for the demo: a report with two versions, a guideline with a French
 * translation, a methodology handbook, a training curriculum with two modules and their
 * assignments, a magazine interview and a factsheet, each with a small PDF made at start.
 * Every title, author and organisation is invented.
 */
@Component
@Profile("dev")
@Order(Ordered.LOWEST_PRECEDENCE - 30)
class LibraryDemoData implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(LibraryDemoData.class);

	private final LibraryRecords library;

	private final AccountManagement accounts;

	LibraryDemoData(LibraryRecords library, AccountManagement accounts) {
		this.library = library;
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (load()) {
			logger.info("Loaded a fictional library of publications");
		}
	}

	/**
	 * Records the demo publications unless the library holds some already.
	 * @return true when they were recorded now
	 */
	@Transactional
	boolean load() {
		if (this.library.hasPublications()) {
			return false;
		}
		UUID by = this.accounts.findByEmail(DemoPeople.ADMINISTRATOR).orElseThrow().id();
		UUID report = this.library.add("REPORT", "en", "Newcomers and the first year of work",
				"What eleven newcomers told us about finding, keeping and changing their first job in Scheldeland.",
				"L. Fictief, M. Voorbeeld", 2025, null, "Newcomers and the first year of work", by);
		this.library.addVersion(report, "Corrected the figures of chapter 2 and added the interview guide.",
				"Newcomers and the first year of work, second edition", by);
		UUID guideline = this.library.add("GUIDELINE", "en", "Interpreters at the counter: a guideline",
				"When and how a municipal counter calls in an interpreter, step by step.", "Kring learning network",
				2024, null, "Interpreters at the counter", by);
		this.library.translate(guideline, "fr", "Des interprètes au guichet : une ligne directrice",
				"Quand et comment un guichet communal fait appel à un interprète, pas à pas.", by);
		this.library.add("METHODOLOGY_HANDBOOK", "en", "Evaluating good practices with peers",
				"A handbook for scoring practices on relevance, transferability and sustainability.",
				"A. Modèle, T. Exemplaar", 2025, null, "Evaluating good practices with peers", by);
		UUID curriculum = this.library.add("TRAINING_CURRICULUM", "en", "Welcoming newcomers: a training curriculum",
				"Two modules for policy makers and counsellors who work with newcomers.", "Kring training team", 2025,
				null, "Welcoming newcomers", by);
		this.library.curriculum(curriculum, List.of(
				new LibraryRecords.Module("Policies that include newcomers",
						"Recognise where local policy leaves newcomers out and involve them in changing it.", 180,
						"POLICY_MAKERS",
						List.of(List.of("Map one policy", "Pick a local rule and list who it leaves out."),
								List.of("Invite two newcomers", "Ask two newcomers to comment on a draft."))),
				new LibraryRecords.Module("Counselling across languages",
						"Hold a counselling talk with an interpreter and check understanding.", 120, "COUNSELLORS",
						List.of(List.of("Plan a talk with an interpreter",
								"Book an interpreter for one talk this month and note what changed.")))));
		this.library.add("INTERVIEW", "nl", "\"Ik wilde gewoon werken\": een gesprek met Amal",
				"Een verzonnen gesprek over de weg naar een eerste job.", "Redactie Kring", 2026, null,
				"Ik wilde gewoon werken", by);
		this.library.add("FACTSHEET", "fr", "Fiche : la reconnaissance des diplômes",
				"Les documents à réunir avant de demander la reconnaissance d’un diplôme.", "Passerelles fictives",
				2024, null, "La reconnaissance des diplomes", by);
		return true;
	}

}
