package org.kring.demo;

import java.util.UUID;

import org.kring.account.AccountManagement;
import org.kring.account.PersonSummary;
import org.kring.community.CommunityManagement;
import org.kring.community.CommunitySummary;
import org.kring.discussion.DiscussionRecords;
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
 * Fictional discussions for the demo, between the meetings of two demo communities: a
 * public question with answers, a quote, a mention and a useful tip, and a members-only
 * thread in Dutch. Every name and situation is invented.
 */
@Component
@Profile("dev")
@Order(Ordered.LOWEST_PRECEDENCE - 20)
class DiscussionDemoData implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(DiscussionDemoData.class);

	private final DiscussionRecords discussions;

	private final CommunityManagement communities;

	private final AccountManagement accounts;

	DiscussionDemoData(DiscussionRecords discussions, CommunityManagement communities, AccountManagement accounts) {
		this.discussions = discussions;
		this.communities = communities;
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (load()) {
			logger.info("Loaded fictional discussions");
		}
	}

	/**
	 * Starts the demo threads unless there are threads already or the demo communities
	 * are missing.
	 * @return true when they were started now
	 */
	@Transactional
	boolean load() {
		if (this.discussions.hasThreads()) {
			return false;
		}
		var women = this.communities.findBySlug(CommunityDemoData.MARKER).map(CommunitySummary::id);
		var papers = this.communities.findBySlug("leernetwerk-zonder-papieren").map(CommunitySummary::id);
		if (women.isEmpty() || papers.isEmpty()) {
			return false;
		}
		UUID claire = person("claire.dubosquet@kring.example");
		UUID hanne = person("hanne.lievens@kring.example");
		UUID samuel = person("samuel.okonkwo@kring.example");
		UUID childcare = this.discussions.start(women.get(), claire, "Childcare during language courses",
				"Several of our members stop their language course when their child gets no place in daycare."
						+ " How do your countries handle childcare **during** the course?",
				true);
		UUID answer = this.discussions.reply(childcare, hanne,
				"In Scheldeland the course centre keeps a small playroom with two volunteers."
						+ " It costs little and the drop-out fell by half.",
				null);
		this.discussions.reply(childcare, samuel,
				"We tried vouchers for childminders first; the waiting lists made them useless."
						+ " @HanneLievens, who runs the playroom, and is it insured?",
				answer);
		this.discussions.markTip(childcare, claire, answer);

		UUID tariq = person("tariq.benhaddou@kring.example");
		UUID wout = person("wout.claeskens@kring.example");
		UUID doctor = this.discussions.start(papers.get(), tariq, "Dringende medische hulp: ervaringen aan het loket",
				"Wie heeft het afgelopen jaar een aanvraag voor dringende medische hulp begeleid?"
						+ " Welke documenten vroeg het OCMW bij jullie?",
				false);
		this.discussions.reply(doctor, wout,
				"Bij ons volstond een verklaring van de arts en een adres waar de persoon verblijft."
						+ " Een huurcontract werd niet gevraagd.",
				null);
		return true;
	}

	private UUID person(String email) {
		return this.accounts.findByEmail(email).map(PersonSummary::id).orElseThrow();
	}

}
