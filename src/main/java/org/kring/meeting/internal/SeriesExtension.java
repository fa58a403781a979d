package org.kring.meeting.internal;

import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps every series' meetings generated a year ahead: once a day by default, on one
 * instance at a time. Each series is extended in its own transaction, so that one that
 * fails (another run generated the same date in the meantime) leaves the others be.
 */
@Component
public class SeriesExtension {

	private static final Logger logger = LoggerFactory.getLogger(SeriesExtension.class);

	private final AllSeries series;

	private final MeetingPlanning planning;

	SeriesExtension(AllSeries series, MeetingPlanning planning) {
		this.series = series;
		this.planning = planning;
	}

	/**
	 * Extends every series up to the horizon, on one instance at a time.
	 */
	@Scheduled(fixedDelayString = "${kring.meetings.series.extend-every:P1D}", initialDelayString = "PT5M")
	@SchedulerLock(name = "meeting-series-extension")
	public void extendAll() {
		int added = extendEverySeries();
		logger.debug("The series extension added {} meetings", added);
	}

	/**
	 * Extends every series up to the horizon, without taking the lock.
	 * @return how many meetings were added
	 */
	public int extendEverySeries() {
		int added = 0;
		for (Series each : this.series.findAll()) {
			added += extend(each.id());
		}
		return added;
	}

	private int extend(UUID seriesId) {
		try {
			return this.planning.extend(seriesId);
		}
		catch (DataAccessException ex) {
			logger.info("Series {} was not extended: {}", seriesId, ex.getMessage());
			return 0;
		}
	}

}
