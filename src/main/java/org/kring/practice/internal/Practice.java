package org.kring.practice.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.jspecify.annotations.Nullable;
import org.kring.system.search.SearchReaders;
import org.kring.system.search.SearchTexts;
import org.kring.system.search.Searchable;
import org.kring.system.search.SearchableBinder;

/**
 * A good practice: its description after the template, and its way from draft through
 * review to publication, every step dated. The submitter changes the description while it
 * is a draft or returned; a coordinator moves it on.
 */
@Entity
@Indexed(index = "practice")
@TypeBinding(binder = @TypeBinderRef(type = SearchableBinder.class))
@Table(name = "practice")
public class Practice implements Searchable {

	@Id
	private UUID id;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(length = 2000)
	private @Nullable String summary;

	@Column(length = 2)
	private @Nullable String country;

	@Column(length = 120)
	private @Nullable String region;

	@ElementCollection
	@CollectionTable(name = "practice_field", joinColumns = @JoinColumn(name = "practice_id"))
	@Column(name = "field_code", nullable = false, length = 40)
	private Set<String> fields = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "practice_target_group", joinColumns = @JoinColumn(name = "practice_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "target_group", nullable = false, length = 16)
	private Set<TargetGroup> targetGroups = new HashSet<>();

	@Column(name = "organisation_id")
	private @Nullable UUID organisationId;

	@Column(name = "organisation_name", length = 200)
	private @Nullable String organisationName;

	@Column(name = "start_year")
	private @Nullable Integer startYear;

	@Column(name = "still_running", nullable = false)
	private boolean stillRunning;

	@Column(length = 8000)
	private @Nullable String context;

	@Column(length = 8000)
	private @Nullable String objectives;

	@Column(length = 8000)
	private @Nullable String activities;

	@Column(length = 8000)
	private @Nullable String results;

	@Column(length = 8000)
	private @Nullable String evidence;

	@Column(length = 8000)
	private @Nullable String resources;

	@Column(length = 8000)
	private @Nullable String transfer;

	@Column(name = "contact_name", length = 120)
	private @Nullable String contactName;

	@Column(name = "contact_email", length = 254)
	private @Nullable String contactEmail;

	@Enumerated(EnumType.STRING)
	@Column(name = "contact_visibility", nullable = false, length = 8)
	private ContactVisibility contactVisibility = ContactVisibility.NOBODY;

	@Column(nullable = false, length = 8)
	private String language;

	@ElementCollection
	@CollectionTable(name = "practice_language", joinColumns = @JoinColumn(name = "practice_id"))
	@Column(name = "language", nullable = false, length = 8)
	private Set<String> languages = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "practice_link", joinColumns = @JoinColumn(name = "practice_id"))
	@OrderColumn(name = "position")
	private List<PracticeLink> links = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 12)
	private PracticeState state;

	@ElementCollection
	@CollectionTable(name = "practice_state_change", joinColumns = @JoinColumn(name = "practice_id"))
	@OrderBy("changedAt")
	private List<PracticeStateChange> stateChanges = new ArrayList<>();

	@Column(name = "submitted_by", nullable = false)
	private UUID submittedBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "published_at")
	private @Nullable Instant publishedAt;

	@Column(name = "evaluation_summary", length = 4000)
	private @Nullable String evaluationSummary;

	/**
	 * Who reviews it, for who finds it in the search: never written through the practice,
	 * as the review store writes these rows and re-indexes the practice
	 * ({@link PracticeIndexing}).
	 */
	@OneToMany(mappedBy = "practice")
	@BatchSize(size = 100)
	private Set<PracticeReviewer> reviewers = new HashSet<>();

	@Version
	private long version;

	protected Practice() {
		// for JPA
	}

	private Practice(PracticeDescription description, UUID submitter, Instant now) {
		this.id = UUID.randomUUID();
		this.submittedBy = submitter;
		this.createdAt = now;
		this.state = PracticeState.DRAFT;
		take(description, now);
		this.stateChanges.add(change(PracticeState.DRAFT, submitter, now, null));
	}

	/**
	 * A new draft.
	 * @param description what the submitter wrote so far
	 * @param submitter who writes it
	 * @param now the time
	 * @return the draft
	 */
	public static Practice draft(PracticeDescription description, UUID submitter, Instant now) {
		return new Practice(description, submitter, now);
	}

	/**
	 * Changes the description, while the practice is a draft or returned.
	 * @param description the new description
	 * @param now the time
	 * @throws PracticeStateException when it is submitted, in review or published
	 */
	public void describe(PracticeDescription description, Instant now) {
		if (!this.state.editable()) {
			throw new PracticeStateException(this.state, "be changed");
		}
		take(description, now);
	}

	/**
	 * Hands the practice in for review: a draft, or a returned practice again.
	 * @param by the submitter
	 * @param now the time
	 * @throws PracticeStateException when it is not a draft or returned
	 * @throws IncompletePracticeException when the template misses what review needs
	 */
	public void submit(UUID by, Instant now) {
		if (!this.state.editable()) {
			throw new PracticeStateException(this.state, "be submitted");
		}
		List<String> missing = description().missingForSubmission();
		if (!missing.isEmpty()) {
			throw new IncompletePracticeException(missing);
		}
		moveTo(PracticeState.SUBMITTED, by, now, null);
	}

	/**
	 * Starts the review, once reviewers are assigned.
	 * @param by the coordinator
	 * @param now the time
	 * @throws PracticeStateException when it is not submitted
	 */
	public void startReview(UUID by, Instant now) {
		if (this.state != PracticeState.SUBMITTED) {
			throw new PracticeStateException(this.state, "go into review");
		}
		moveTo(PracticeState.IN_REVIEW, by, now, null);
	}

	/**
	 * Sends the practice back to its submitter with what to change.
	 * @param comments what the coordinator asks
	 * @param by the coordinator
	 * @param now the time
	 * @throws PracticeStateException when it is not submitted or in review
	 */
	public void returnWith(String comments, UUID by, Instant now) {
		if (this.state != PracticeState.SUBMITTED && this.state != PracticeState.IN_REVIEW) {
			throw new PracticeStateException(this.state, "be returned");
		}
		moveTo(PracticeState.RETURNED, by, now, comments);
	}

	/**
	 * Publishes the evaluated practice with the coordinator's summary of its evaluation.
	 * @param summary what the reviewers concluded
	 * @param by the coordinator
	 * @param now the time
	 * @throws PracticeStateException when it is not in review
	 */
	public void publish(String summary, UUID by, Instant now) {
		if (this.state != PracticeState.IN_REVIEW) {
			throw new PracticeStateException(this.state, "be published");
		}
		this.evaluationSummary = summary;
		this.publishedAt = now;
		moveTo(PracticeState.PUBLISHED, by, now, null);
	}

	private void moveTo(PracticeState next, UUID by, Instant now, @Nullable String comments) {
		this.state = next;
		this.updatedAt = now;
		this.stateChanges.add(change(next, by, now, comments));
	}

	private static PracticeStateChange change(PracticeState state, UUID by, Instant now, @Nullable String comments) {
		return new PracticeStateChange(UUID.randomUUID(), state, now, by, comments);
	}

	private void take(PracticeDescription d, Instant now) {
		this.title = d.title();
		this.summary = d.summary();
		this.country = d.country();
		this.region = d.region();
		this.fields.clear();
		this.fields.addAll(d.fields());
		this.targetGroups.clear();
		this.targetGroups.addAll(d.targetGroups());
		this.organisationId = d.organisationId();
		this.organisationName = d.organisationName();
		this.startYear = d.startYear();
		this.stillRunning = d.stillRunning();
		this.context = d.context();
		this.objectives = d.objectives();
		this.activities = d.activities();
		this.results = d.results();
		this.evidence = d.evidence();
		this.resources = d.resources();
		this.transfer = d.transfer();
		this.contactName = d.contactName();
		this.contactEmail = d.contactEmail();
		this.contactVisibility = d.contactVisibility();
		this.language = d.language();
		this.languages.clear();
		this.languages.addAll(d.languages());
		this.links.clear();
		this.links.addAll(d.links());
		this.updatedAt = now;
	}

	/** The description as the template holds it. */
	public PracticeDescription description() {
		return new PracticeDescription(this.title, this.summary, this.country, this.region, this.fields,
				this.targetGroups, this.organisationId, this.organisationName, this.startYear, this.stillRunning,
				this.context, this.objectives, this.activities, this.results, this.evidence, this.resources,
				this.transfer, this.contactName, this.contactEmail, this.contactVisibility, this.language,
				this.languages, this.links);
	}

	public UUID id() {
		return this.id;
	}

	public String title() {
		return this.title;
	}

	public @Nullable String country() {
		return this.country;
	}

	public Set<String> fields() {
		return Set.copyOf(this.fields);
	}

	public @Nullable UUID organisationId() {
		return this.organisationId;
	}

	public PracticeState state() {
		return this.state;
	}

	public List<PracticeStateChange> stateChanges() {
		return List.copyOf(this.stateChanges);
	}

	public UUID submittedBy() {
		return this.submittedBy;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	public @Nullable Instant publishedAt() {
		return this.publishedAt;
	}

	public @Nullable String evaluationSummary() {
		return this.evaluationSummary;
	}

	public long version() {
		return this.version;
	}

	@Override
	public String searchType() {
		return "practice";
	}

	@Override
	public String searchTitle() {
		return this.title;
	}

	@Override
	public @Nullable String searchSummary() {
		return this.summary;
	}

	@Override
	public @Nullable String searchBody() {
		return SearchTexts.join(this.region, this.organisationName, this.context, this.objectives, this.activities,
				this.results, this.evidence, this.resources, this.transfer);
	}

	@Override
	public @Nullable String searchLanguage() {
		return this.language;
	}

	/**
	 * A published practice is everyone's; before, its submitter's, its reviewers' and the
	 * coordinators', as its page is.
	 */
	@Override
	public Set<String> searchReaders() {
		if (this.state == PracticeState.PUBLISHED) {
			return Set.of(SearchReaders.PUBLIC);
		}
		Set<String> readers = new HashSet<>();
		readers.add(SearchReaders.person(this.submittedBy));
		readers.add(SearchReaders.COORDINATORS);
		this.reviewers.forEach((reviewer) -> readers.add(SearchReaders.person(reviewer.reviewerId())));
		return readers;
	}

	@Override
	public @Nullable String searchCountry() {
		return this.country;
	}

	@Override
	public Set<String> searchFields() {
		return Set.copyOf(this.fields);
	}

	@Override
	public @Nullable Instant searchDate() {
		return (publishedAt() != null) ? publishedAt() : this.updatedAt;
	}

}
