package org.kring.expertise.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.kring.community.CommunityManagement;
import org.kring.community.CommunitySummary;
import org.kring.system.security.LinkSecrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds invited candidates who did not answer within
 * {@link RecruitmentSettings#reminderAfter()}, once. Each reminder is claimed with a
 * conditional update before its mail goes, so that two runs at once, on one instance or
 * two, never send it twice.
 */
@Component
public class Reminders {

	private static final Logger logger = LoggerFactory.getLogger(Reminders.class);

	private final Nominations nominations;

	private final RecruitmentSettings settings;

	private final Candidates candidates;

	private final RecruitmentMails mails;

	private final Recruitment recruitment;

	private final CommunityManagement communities;

	private final TransactionTemplate transactions;

	private final Clock clock;

	Reminders(Nominations nominations, RecruitmentSettings settings, Candidates candidates, RecruitmentMails mails,
			Recruitment recruitment, CommunityManagement communities, TransactionTemplate transactions, Clock clock) {
		this.nominations = nominations;
		this.settings = settings;
		this.candidates = candidates;
		this.mails = mails;
		this.recruitment = recruitment;
		this.communities = communities;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Sends the reminders that are due.
	 * @return how many reminders this run sent
	 */
	@Scheduled(fixedDelayString = "${kring.recruitment.reminder-every:PT1H}",
			initialDelayString = "${kring.recruitment.reminder-every:PT1H}")
	public int remind() {
		Instant now = this.clock.instant();
		List<UUID> due = this.nominations.findUnremindedInvitedBefore(now.minus(this.settings.reminderAfter()));
		int sent = 0;
		for (UUID id : due) {
			if (remind(id, now)) {
				sent++;
			}
		}
		return sent;
	}

	private boolean remind(UUID id, Instant now) {
		try {
			return Boolean.TRUE.equals(this.transactions.execute((status) -> {
				if (this.nominations.claimReminder(id, now) != 1) {
					return false;
				}
				Nomination nomination = this.nominations.findById(id).orElseThrow();
				String secret = LinkSecrets.newSecret();
				nomination.remind(LinkSecrets.hash(secret));
				RecruitmentMails.Addressee to = this.candidates.addressee(nomination);
				this.mails.reminder(to,
						this.communities.find(nomination.communityId()).map(CommunitySummary::name).orElse(""),
						this.candidates.nameOf(nomination.actorOf(NominationState.INVITED)),
						this.recruitment.fieldNames(nomination, to.language()), secret);
				return true;
			}));
		}
		catch (DataAccessException | RecruitmentRefused ex) {
			// another run holds the row, or the candidate has no address any more
			logger.debug("No reminder for nomination {}: {}", id, ex.getMessage());
			return false;
		}
	}

}
