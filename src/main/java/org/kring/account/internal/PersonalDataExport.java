package org.kring.account.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.kring.account.PersonalData;
import org.kring.system.KringProperties;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers everything every module holds about a person into one document for their
 * download: {@code { "exportedAt": ..., "sections": { "account": {...}, ... } }}.
 */
@Component
public class PersonalDataExport {

	private final List<PersonalData> personalData;

	private final Clock clock;

	private final KringProperties properties;

	PersonalDataExport(List<PersonalData> personalData, Clock clock, KringProperties properties) {
		this.personalData = personalData;
		this.clock = clock;
		this.properties = properties;
	}

	/**
	 * The export of one person, the account's section first, the others by name.
	 * @param personId the person
	 * @return the document, ready to be written as JSON
	 */
	@Transactional(readOnly = true)
	public Map<String, Object> of(UUID personId) {
		Map<String, Object> sections = new LinkedHashMap<>();
		this.personalData.stream()
			.sorted(Comparator.comparing((PersonalData data) -> !AccountPersonalData.SECTION.equals(data.section()))
				.thenComparing(PersonalData::section))
			.forEach((data) -> sections.put(data.section(), data.export(personId)));
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("exportedAt", Instant.now(this.clock).toString());
		document.put("sections", sections);
		return document;
	}

	/**
	 * The name of the downloaded file, dated in the instance's time zone.
	 * @return such as {@code kring-export-2025-03-14.json}
	 */
	public String fileName() {
		return "kring-export-" + LocalDate.now(this.clock.withZone(this.properties.timeZone())) + ".json";
	}

}
