package org.kring.result.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A progress update on an action: on which day, what happened and how far along the
 * action is then. Written by an owner or a facilitator, and never changed afterwards.
 */
@Entity
@Table(name = "result_action_update")
public class ActionUpdate {

	@Id
	private UUID id;

	@Column(name = "action_id", nullable = false)
	private UUID actionId;

	@Column(name = "written_by", nullable = false)
	private UUID writtenBy;

	@Column(name = "written_at", nullable = false)
	private Instant writtenAt;

	@Column(name = "update_on", nullable = false)
	private LocalDate updateOn;

	@Column(nullable = false, length = 4000)
	private String text;

	@Column(nullable = false)
	private int percentage;

	protected ActionUpdate() {
		// for JPA
	}

	ActionUpdate(UUID actionId, ProgressReport report, UUID writtenBy, Instant now) {
		this.id = UUID.randomUUID();
		this.actionId = actionId;
		this.updateOn = report.on();
		this.text = report.text();
		this.percentage = report.percentage();
		this.writtenBy = writtenBy;
		this.writtenAt = now;
	}

	public UUID id() {
		return this.id;
	}

	public UUID actionId() {
		return this.actionId;
	}

	public UUID writtenBy() {
		return this.writtenBy;
	}

	public Instant writtenAt() {
		return this.writtenAt;
	}

	public LocalDate updateOn() {
		return this.updateOn;
	}

	public String text() {
		return this.text;
	}

	public int percentage() {
		return this.percentage;
	}

}
