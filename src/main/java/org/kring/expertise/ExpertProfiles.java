package org.kring.expertise;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.account.AccountManagement;
import org.kring.system.i18n.Countries;
import org.kring.system.i18n.LanguageCodes;
import org.kring.expertise.internal.ProfileStore;
import org.kring.expertise.internal.ProfileReaders;
import org.kring.organisation.OrganisationManagement;
import org.kring.system.KringPrincipal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Expert profiles, for the expert's own page, the finder and the other modules: what
 * people declare about their expertise and who may see it. A profile is never shown
 * beyond what its owner chose; callers that read one with {@link #find} check
 * {@link #visibleTo} before showing it.
 */
@Service
public class ExpertProfiles {

	private final ProfileStore store;

	private final ProfileReaders readers;

	private final OrganisationManagement organisations;

	private final ExpertiseFields fields;

	private final Qualifications qualifications;

	private final AccountManagement accounts;

	private final Clock clock;

	ExpertProfiles(ProfileStore store, ProfileReaders readers, OrganisationManagement organisations,
			ExpertiseFields fields, Qualifications qualifications, AccountManagement accounts, Clock clock) {
		this.store = store;
		this.readers = readers;
		this.organisations = organisations;
		this.fields = fields;
		this.qualifications = qualifications;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * A person's profile, whoever may see it.
	 * @param personId the person
	 * @return the profile, or empty when they have none
	 */
	@Transactional(readOnly = true)
	public Optional<ExpertProfile> find(UUID personId) {
		return this.store.find(personId);
	}

	/**
	 * A person's profile, when the viewer may see it.
	 * @param viewer the signed-in person, or null for a visitor
	 * @param personId the profile's owner
	 * @return the profile, or empty when there is none or the viewer may not see it
	 */
	@Transactional(readOnly = true)
	public Optional<ExpertProfile> findVisible(@Nullable KringPrincipal viewer, UUID personId) {
		return find(personId).filter((profile) -> visibleTo(viewer, profile));
	}

	/**
	 * Whether someone may see a profile: its owner always; everyone when the owner chose
	 * so; people who share a community with the owner, and the instance's coordinators
	 * and administrators, when the owner chose their communities; only coordinators and
	 * administrators when the owner chose them.
	 * @param viewer the signed-in person, or null for a visitor
	 * @param profile the profile
	 * @return true when the viewer may see it
	 */
	@Transactional(readOnly = true)
	public boolean visibleTo(@Nullable KringPrincipal viewer, ExpertProfile profile) {
		return this.readers.maySee(viewer, profile.personId(), profile.visibility());
	}

	/**
	 * The experts of some fields, most years in them first, for a coordinator choosing
	 * people to ask; read in one query.
	 * @param fieldCodes the fields
	 * @param limit the most experts to answer
	 * @return the experts with at least one of the fields
	 */
	@Transactional(readOnly = true)
	public List<FieldExpert> expertsIn(Collection<String> fieldCodes, int limit) {
		return this.store.expertsIn(fieldCodes, limit);
	}

	/**
	 * Saves a person's profile over the one they had, and records the organisation they
	 * chose as the one they belong to.
	 * @param profile the whole profile, its codes as {@code LanguageCodes} and the
	 * catalogues keep them
	 * @throws IllegalArgumentException when a part is not acceptable: an unknown or
	 * retired field or qualification, an unknown language or country code, years outside
	 * 0 to 70, a note or biography too long, an unknown organisation
	 */
	@Transactional
	public void save(ExpertProfile profile) {
		check(profile);
		this.store.save(profile, this.accounts.displayNameOf(profile.personId()), this.clock.instant());
		if (profile.organisationId() != null) {
			this.organisations.affiliate(profile.personId(), profile.organisationId());
		}
	}

	/**
	 * Deletes a person's profile.
	 * @param personId the person
	 * @return true when they had one
	 */
	@Transactional
	public boolean remove(UUID personId) {
		return this.store.delete(personId);
	}

	private void check(ExpertProfile profile) {
		for (FieldExperience field : profile.fields()) {
			require(this.fields.exists(field.fieldCode()), "field " + field.fieldCode());
			require(field.years() >= 0 && field.years() <= FieldExperience.MAX_YEARS, "years " + field.years());
			require(field.note() == null || field.note().length() <= FieldExperience.MAX_NOTE_LENGTH, "note");
		}
		profile.qualifications().forEach((code) -> require(this.qualifications.exists(code), "qualification " + code));
		profile.languages().forEach((code) -> require(code.equals(LanguageCodes.normalize(code)), "language " + code));
		profile.countries().forEach((code) -> require(code.equals(Countries.normalize(code)), "country " + code));
		require(profile.biography() == null || profile.biography().length() <= ExpertProfile.MAX_BIOGRAPHY_LENGTH,
				"biography");
		require(profile.organisationId() == null
				|| !this.organisations.summaries(List.of(profile.organisationId())).isEmpty(), "organisation");
	}

	private static void require(boolean acceptable, String what) {
		if (!acceptable) {
			throw new IllegalArgumentException("Not an acceptable " + what);
		}
	}

}
