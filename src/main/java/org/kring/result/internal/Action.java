package org.kring.result.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.jspecify.annotations.Nullable;
import org.kring.system.search.SearchReaders;
import org.kring.system.search.Searchable;
import org.kring.system.search.SearchableBinder;

/**
 * An action on a community's agenda for one year: what is to be done, by whom (members of
 * the community), by when, and how far along it is. It came from an action proposal of a
 * meeting, or a facilitator wrote it directly. Two people changing it at once: the second
 * save fails on the version, and nothing of the first is lost.
 */
@Entity
@Indexed(index = "action")
@TypeBinding(binder = @TypeBinderRef(type = SearchableBinder.class))
@Table(name = "result_action")
public class Action implements Searchable {

	@Id
	private UUID id;

	@Column(name = "community_id", nullable = false)
	private UUID communityId;

	@Column(name = "agenda_year", nullable = false)
	private int agendaYear;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(length = 4000)
	private @Nullable String description;

	@Column(name = "due_on")
	private @Nullable LocalDate dueOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 12)
	private ActionStatus status;

	@Column(name = "drop_reason", length = 1000)
	private @Nullable String dropReason;

	@Column(nullable = false)
	private int progress;

	@Column(name = "needs_owner", nullable = false)
	private boolean needsOwner;

	@ElementCollection
	@CollectionTable(name = "result_action_owner", joinColumns = @JoinColumn(name = "action_id"))
	@Column(name = "person_id")
	private Set<UUID> owners = new LinkedHashSet<>();

	@Embedded
	private @Nullable Origin origin;

	@Column(name = "created_by", nullable = false)
	private UUID createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "status_changed_at", nullable = false)
	private Instant statusChangedAt;

	@Column(name = "due_reminded_on")
	private @Nullable LocalDate dueRemindedOn;

	@Version
	private long version;

	protected Action() {
		// for JPA
	}

	private Action(UUID communityId, int agendaYear, String title, @Nullable String description,
			@Nullable LocalDate dueOn, Set<UUID> owners, Origin origin, UUID createdBy, Instant now) {
		this.id = UUID.randomUUID();
		this.communityId = communityId;
		this.agendaYear = agendaYear;
		this.title = title;
		this.description = description;
		this.dueOn = dueOn;
		this.status = ActionStatus.PLANNED;
		this.owners = new LinkedHashSet<>(owners);
		this.needsOwner = owners.isEmpty();
		this.origin = origin;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.statusChangedAt = now;
	}

	/**
	 * A new, planned action on a community's agenda of a year. Without owners it needs
	 * one.
	 * @param communityId the community
	 * @param agendaYear the agenda's year
	 * @param title what is to be done
	 * @param description more about it, or null
	 * @param dueOn by when, or null
	 * @param owners the members who take it on
	 * @param origin the meeting it came from, or {@link Origin#DIRECT}
	 * @param createdBy who put it on the agenda
	 * @param now the time
	 * @return the action
	 */
	public static Action plan(UUID communityId, int agendaYear, String title, @Nullable String description,
			@Nullable LocalDate dueOn, Set<UUID> owners, Origin origin, UUID createdBy, Instant now) {
		return new Action(communityId, agendaYear, title, description, dueOn, owners, origin, createdBy, now);
	}

	// Changing the action, its status and progress (the agenda's services) goes below.

	/**
	 * Changes what the action is, when it is due, on which year's agenda it stands and
	 * who owns it. The agenda's rules (title, due date, owners being members) are checked
	 * before.
	 * @param agendaYear the agenda's year
	 * @param title what is to be done
	 * @param description more about it, or null
	 * @param dueOn by when, or null
	 * @param owners the members who take it on; none marks it as needing an owner
	 */
	public void revise(int agendaYear, String title, @Nullable String description, @Nullable LocalDate dueOn,
			Set<UUID> owners) {
		this.agendaYear = agendaYear;
		this.title = title;
		this.description = description;
		if (!Objects.equals(this.dueOn, dueOn)) {
			this.dueRemindedOn = null;
		}
		this.dueOn = dueOn;
		assign(owners);
	}

	/**
	 * Gives the action these owners: with at least one it no longer needs an owner.
	 * @param owners the members who take it on
	 */
	public void assign(Set<UUID> owners) {
		this.owners.retainAll(owners);
		this.owners.addAll(owners);
		this.needsOwner = owners.isEmpty();
	}

	/**
	 * Work on the action has started.
	 * @param now the time
	 * @throws IllegalStateException unless it was planned
	 */
	public void start(Instant now) {
		requireStatus(this.status == ActionStatus.PLANNED);
		changeStatus(ActionStatus.IN_PROGRESS, now);
	}

	/**
	 * The action is done: its progress becomes 100.
	 * @param now the time
	 * @throws IllegalStateException unless it was open
	 */
	public void complete(Instant now) {
		requireStatus(this.status.open());
		this.progress = 100;
		changeStatus(ActionStatus.DONE, now);
	}

	/**
	 * The action is dropped, for a reason that stays with it.
	 * @param reason why, not blank
	 * @param now the time
	 * @throws IllegalStateException unless it was open
	 * @throws IllegalArgumentException without a reason
	 */
	public void drop(String reason, Instant now) {
		requireStatus(this.status.open());
		if (reason.isBlank()) {
			throw new IllegalArgumentException("A dropped action needs a reason");
		}
		this.dropReason = reason;
		changeStatus(ActionStatus.DROPPED, now);
	}

	/**
	 * A progress update says how far along the action is: a planned action is then in
	 * progress. Reaching 100 does not mark it done; its owners do that.
	 * @param percentage from 0 to 100
	 * @param now the time
	 * @throws IllegalStateException unless it was open
	 * @throws IllegalArgumentException for a percentage outside 0–100
	 */
	public void progressed(int percentage, Instant now) {
		requireStatus(this.status.open());
		if (percentage < 0 || percentage > 100) {
			throw new IllegalArgumentException("A percentage is from 0 to 100");
		}
		this.progress = percentage;
		if (this.status == ActionStatus.PLANNED) {
			changeStatus(ActionStatus.IN_PROGRESS, now);
		}
	}

	private void changeStatus(ActionStatus status, Instant now) {
		this.status = status;
		this.statusChangedAt = now;
	}

	private void requireStatus(boolean allowed) {
		if (!allowed) {
			throw new IllegalStateException("Not possible for an action that is " + this.status);
		}
	}

	/**
	 * A member who owned the action left the community: the action stays, and is marked
	 * as needing an owner when they were its last.
	 * @param personId the former member
	 * @return true when they owned it
	 */
	public boolean ownerLeft(UUID personId) {
		boolean owned = this.owners.remove(personId);
		if (owned && this.owners.isEmpty()) {
			this.needsOwner = true;
		}
		return owned;
	}

	/**
	 * Whether the action is overdue on a day: still open and its due date passed.
	 * @param today the day
	 * @return true when overdue
	 */
	public boolean overdueOn(LocalDate today) {
		return this.status.open() && this.dueOn != null && this.dueOn.isBefore(today);
	}

	public UUID id() {
		return this.id;
	}

	public UUID communityId() {
		return this.communityId;
	}

	public int agendaYear() {
		return this.agendaYear;
	}

	public String title() {
		return this.title;
	}

	public @Nullable String description() {
		return this.description;
	}

	public @Nullable LocalDate dueOn() {
		return this.dueOn;
	}

	public ActionStatus status() {
		return this.status;
	}

	public @Nullable String dropReason() {
		return this.dropReason;
	}

	public int progress() {
		return this.progress;
	}

	public boolean needsOwner() {
		return this.needsOwner;
	}

	public Set<UUID> owners() {
		return Set.copyOf(this.owners);
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

	public Instant statusChangedAt() {
		return this.statusChangedAt;
	}

	public @Nullable LocalDate dueRemindedOn() {
		return this.dueRemindedOn;
	}

	public long version() {
		return this.version;
	}

	@Override
	public String searchType() {
		return "action";
	}

	@Override
	public String searchTitle() {
		return this.title;
	}

	@Override
	public @Nullable String searchSummary() {
		return this.description;
	}

	@Override
	public @Nullable String searchBody() {
		return this.dropReason;
	}

	@Override
	public UUID searchCommunity() {
		return this.communityId;
	}

	@Override
	public Set<String> searchReaders() {
		return Set.of(SearchReaders.PUBLIC);
	}

	@Override
	public Instant searchDate() {
		return this.createdAt;
	}

}
