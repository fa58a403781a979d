package org.kring.result.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A test of legislation in practice: which rule or article the group looked at, what it
 * found happens in practice, and what it recommends; it may be turned into a signal to
 * the authority.
 */
@Entity
@Table(name = "result_legislation_test")
public class LegislationTest {

	@Id
	private UUID id;

	@Column(name = "community_id", nullable = false)
	private UUID communityId;

	@Column(name = "rule_tested", nullable = false, length = 300)
	private String ruleTested;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(length = 8000)
	private @Nullable String finding;

	@Column(length = 4000)
	private @Nullable String recommendation;

	@Column(name = "signal_id")
	private @Nullable UUID signalId;

	@Embedded
	private @Nullable Origin origin;

	@Column(name = "created_by", nullable = false)
	private UUID createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected LegislationTest() {
		// for JPA
	}

	private LegislationTest(UUID communityId, String ruleTested, String title, @Nullable String finding,
			@Nullable String recommendation, Origin origin, UUID createdBy, Instant now) {
		this.id = UUID.randomUUID();
		this.communityId = communityId;
		this.ruleTested = ruleTested;
		this.title = title;
		this.finding = finding;
		this.recommendation = recommendation;
		this.origin = origin;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	/**
	 * A new entry in a community's register.
	 * @param communityId the community
	 * @param ruleTested the rule or article, such as "Art. 57 OCMW-wet"
	 * @param title a short title
	 * @param finding what the group found in practice, or null
	 * @param recommendation what it recommends, or null
	 * @param origin the meeting it came from, or {@link Origin#DIRECT}
	 * @param createdBy who wrote it
	 * @param now the time
	 * @return the entry
	 */
	public static LegislationTest record(UUID communityId, String ruleTested, String title, @Nullable String finding,
			@Nullable String recommendation, Origin origin, UUID createdBy, Instant now) {
		return new LegislationTest(communityId, ruleTested, title, finding, recommendation, origin, createdBy, now);
	}

	// Changing the entry and turning it into a signal (the register's services) goes
	// below.

	/**
	 * Changes what the entry says; where it came from and its signal stay.
	 * @param ruleTested the rule or article
	 * @param title a short title
	 * @param finding what the group found in practice, or null
	 * @param recommendation what it recommends, or null
	 */
	public void revise(String ruleTested, String title, @Nullable String finding, @Nullable String recommendation) {
		this.ruleTested = ruleTested;
		this.title = title;
		this.finding = finding;
		this.recommendation = recommendation;
	}

	/**
	 * Whether the entry was turned into a signal already.
	 * @return true when it was
	 */
	public boolean turnedIntoSignal() {
		return this.signalId != null;
	}

	/**
	 * Records the signal the entry was turned into, once.
	 * @param signal the signal
	 * @throws IllegalStateException when the entry was turned into a signal already
	 */
	public void turnedInto(UUID signal) {
		if (this.signalId != null) {
			throw new IllegalStateException("Turned into signal " + this.signalId + " already");
		}
		this.signalId = signal;
	}

	public UUID id() {
		return this.id;
	}

	public UUID communityId() {
		return this.communityId;
	}

	public String ruleTested() {
		return this.ruleTested;
	}

	public String title() {
		return this.title;
	}

	public @Nullable String finding() {
		return this.finding;
	}

	public @Nullable String recommendation() {
		return this.recommendation;
	}

	public @Nullable UUID signalId() {
		return this.signalId;
	}

	public Origin origin() {
		return Origin.orDirect(this.origin);
	}

	public UUID createdBy() {
		return this.createdBy;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public long version() {
		return this.version;
	}

}
