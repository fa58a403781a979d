package org.kring.meeting.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * The themes on the communities' agendas, and who supports them. Supports are changed
 * only while the theme's row is locked ({@link #lockById}), so that counts stay exact
 * however many people click at once.
 */
public interface Themes extends JpaRepository<Theme, UUID> {

	/**
	 * A theme with its row locked until the transaction ends.
	 * @param id the theme
	 * @return the theme, or empty when there is none
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select t from Theme t where t.id = :id")
	Optional<Theme> lockById(@Param("id") UUID id);

	/**
	 * The theme a meeting treats.
	 * @param meetingId the meeting
	 * @return the theme, or empty when the meeting has none from the agenda
	 */
	Optional<Theme> findByMeetingId(UUID meetingId);

	@Query(value = "select count(*) from meeting_theme_support where theme_id = :theme and person_id = :person",
			nativeQuery = true)
	int countSupport(@Param("theme") UUID theme, @Param("person") UUID person);

	@Query(value = "select count(*) from meeting_theme_support where theme_id = :theme", nativeQuery = true)
	int countSupports(@Param("theme") UUID theme);

	@Modifying
	@Query(value = "insert into meeting_theme_support (theme_id, person_id, supported_at) values (:theme, :person, :at)",
			nativeQuery = true)
	void addSupport(@Param("theme") UUID theme, @Param("person") UUID person, @Param("at") Instant at);

	@Modifying
	@Query(value = "delete from meeting_theme_support where theme_id = :theme and person_id = :person",
			nativeQuery = true)
	int removeSupport(@Param("theme") UUID theme, @Param("person") UUID person);

	/**
	 * Makes the supporters of one theme supporters of another, once each, keeping when
	 * they first supported.
	 * @param from the theme they supported
	 * @param to the theme they now support
	 */
	@Modifying
	@Query(value = "insert into meeting_theme_support (theme_id, person_id, supported_at)"
			+ " select :to, s.person_id, s.supported_at from meeting_theme_support s where s.theme_id = :from"
			+ " and not exists (select 1 from meeting_theme_support t where t.theme_id = :to and t.person_id = s.person_id)",
			nativeQuery = true)
	void copySupports(@Param("from") UUID from, @Param("to") UUID to);

	@Modifying
	@Query(value = "delete from meeting_theme_support where theme_id = :theme", nativeQuery = true)
	void removeSupports(@Param("theme") UUID theme);

}
