package org.kring.community.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityChanged;
import org.kring.community.CommunityCreated;
import org.kring.community.CommunityDeclined;
import org.kring.community.CommunityKind;
import org.kring.community.CommunityProposed;
import org.kring.community.CommunityRole;
import org.kring.community.CommunityStatus;
import org.kring.community.JoinPolicy;
import org.kring.community.Visibility;
import org.kring.system.search.SearchReaders;
import org.kring.system.search.SearchTexts;
import org.kring.system.search.Searchable;
import org.kring.system.search.SearchableBinder;

import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A community: its description in an original language with translations, who may see it,
 * how people join, and whether it is in use or still a proposal. Its members are
 * {@link Membership}s of their own, admitted through {@link #admit}, so that a community
 * with thousands of members loads without them.
 */
@Entity
@Indexed(index = "community")
@TypeBinding(binder = @TypeBinderRef(type = SearchableBinder.class))
@Table(name = "community")
public class Community extends AbstractAggregateRoot<Community> implements CommunityAccess.Subject, Searchable {

	public static final int NAME_MAX_LENGTH = 120;

	public static final int DOMAIN_MAX_LENGTH = 2000;

	public static final int PRACTICE_MAX_LENGTH = 4000;

	public static final int THEME_MAX_LENGTH = 60;

	@Id
	private UUID id;

	@Column(name = "slug", nullable = false, length = Slugs.MAX_LENGTH)
	private String slug;

	@Enumerated(EnumType.STRING)
	@Column(name = "kind", nullable = false, length = 30)
	private CommunityKind kind;

	@Enumerated(EnumType.STRING)
	@Column(name = "visibility", nullable = false, length = 20)
	private Visibility visibility;

	@Enumerated(EnumType.STRING)
	@Column(name = "join_policy", nullable = false, length = 20)
	private JoinPolicy joinPolicy;

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false, length = 20)
	private CommunityStatus status;

	@Column(name = "original_language", nullable = false, length = 8)
	private String originalLanguage;

	@Column(name = "name", nullable = false, length = NAME_MAX_LENGTH)
	private String name;

	@Column(name = "domain", nullable = false, length = DOMAIN_MAX_LENGTH)
	private String domain;

	@Column(name = "practice", nullable = false, length = PRACTICE_MAX_LENGTH)
	private String practice;

	@ElementCollection
	@CollectionTable(name = "community_translation", joinColumns = @JoinColumn(name = "community_id"))
	@MapKeyColumn(name = "language", length = 8)
	private Map<String, Translation> translations = new HashMap<>();

	@ElementCollection
	@CollectionTable(name = "community_theme", joinColumns = @JoinColumn(name = "community_id"))
	@Column(name = "theme", nullable = false, length = THEME_MAX_LENGTH)
	private Set<String> themes = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "community_country", joinColumns = @JoinColumn(name = "community_id"))
	private Set<Place> places = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "community_language", joinColumns = @JoinColumn(name = "community_id"))
	@Column(name = "language", nullable = false, length = 8)
	private Set<String> languages = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "community_partner", joinColumns = @JoinColumn(name = "community_id"))
	@Column(name = "organisation_id", nullable = false)
	private Set<UUID> partners = new HashSet<>();

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false)
	private UUID createdBy;

	/** Null until first saved, which tells Spring Data to persist rather than merge. */
	@Version
	private @Nullable Long version;

	@SuppressWarnings("NullAway.Init")
	protected Community() {
	}

	private Community(CommunityDescription description, UUID createdBy, CommunityStatus status, Instant now) {
		this.id = UUID.randomUUID();
		this.createdBy = createdBy;
		this.createdAt = now;
		this.status = status;
		apply(description);
	}

	/**
	 * Starts a community that is in use at once, as an administrator or coordinator does.
	 * The founder becomes its first facilitator through {@link #admit}.
	 * @param description what the community is
	 * @param founder the person starting it
	 * @param now the moment
	 * @return the new community
	 * @throws IllegalArgumentException when the description breaks a rule
	 */
	public static Community found(CommunityDescription description, UUID founder, Instant now) {
		Community community = new Community(description, founder, CommunityStatus.ACTIVE, now);
		community.registerEvent(new CommunityCreated(community.id, community.slug, founder));
		return community;
	}

	/**
	 * A community a member proposes when anyone may propose one: not listed until an
	 * administrator {@link #approve approves} it.
	 * @param description what the community would be
	 * @param proposer the person proposing it
	 * @param now the moment
	 * @return the proposal
	 * @throws IllegalArgumentException when the description breaks a rule
	 */
	public static Community propose(CommunityDescription description, UUID proposer, Instant now) {
		Community community = new Community(description, proposer, CommunityStatus.PROPOSED, now);
		community.registerEvent(new CommunityProposed(community.id, community.slug, proposer));
		return community;
	}

	/**
	 * Changes the description; the status, creator and partners stay as they are.
	 * @param description the new description
	 * @throws IllegalArgumentException when the description breaks a rule
	 */
	public void describe(CommunityDescription description) {
		apply(description);
		registerEvent(new CommunityChanged(this.id, this.slug));
	}

	/**
	 * Puts a proposed community in use: it is listed from now on, as if just created.
	 * @throws IllegalStateException when the community is not a proposal waiting for a
	 * decision
	 */
	public void approve() {
		requireProposed();
		this.status = CommunityStatus.ACTIVE;
		registerEvent(new CommunityCreated(this.id, this.slug, this.createdBy));
	}

	/**
	 * Refuses a proposed community; it stays visible to its proposer and administrators.
	 * @throws IllegalStateException when the community is not a proposal waiting for a
	 * decision
	 */
	public void decline() {
		requireProposed();
		this.status = CommunityStatus.DECLINED;
		registerEvent(new CommunityDeclined(this.id, this.slug, this.createdBy));
	}

	/**
	 * Replaces the partner organisations.
	 * @param organisationIds the organisation module's ids of the partners
	 */
	public void partnerWith(Set<UUID> organisationIds) {
		this.partners.retainAll(organisationIds);
		this.partners.addAll(organisationIds);
	}

	/**
	 * Makes a person a member with a role. Whether they may join is for the membership
	 * flows to decide; this only records it.
	 * @param personId the person
	 * @param role their role in this community
	 * @param now the moment they join
	 * @return the membership, to be saved
	 */
	public Membership admit(UUID personId, CommunityRole role, Instant now) {
		return new Membership(this.id, personId, role, now);
	}

	/**
	 * Lets a person join with one click, as an open community does.
	 * @param personId the person
	 * @param now the moment they join
	 * @return their membership as a member, to be saved
	 * @throws MembershipRefused when the community is not open or not in use
	 */
	public Membership join(UUID personId, Instant now) {
		if (!isActive() || this.joinPolicy != JoinPolicy.OPEN) {
			throw new MembershipRefused("membership.join.notOpen");
		}
		return admit(personId, CommunityRole.MEMBER, now);
	}

	/**
	 * Takes a person's application, as a community that admits members on approval does.
	 * @param personId the person
	 * @param motivation why they want to join, at most
	 * {@value MembershipApplication#MOTIVATION_MAX_LENGTH} characters
	 * @param language the language they apply in, for the mail with the decision
	 * @param now the moment
	 * @return the application, to be saved
	 * @throws MembershipRefused when the community does not take applications
	 */
	public MembershipApplication applyToJoin(UUID personId, String motivation, Locale language, Instant now) {
		requireApplications();
		return new MembershipApplication(this.id, personId, motivation, language, now);
	}

	/**
	 * Reopens an earlier application of the same person.
	 * @param earlier their earlier application to this community
	 * @param motivation why they want to join
	 * @param language the language they apply in
	 * @param now the moment
	 * @throws MembershipRefused when the community does not take applications or the
	 * earlier application still waits for a decision
	 */
	public void applyAgain(MembershipApplication earlier, String motivation, Locale language, Instant now) {
		requireApplications();
		earlier.reapply(motivation, language, now);
	}

	private void requireApplications() {
		if (!isActive() || this.joinPolicy != JoinPolicy.ON_APPROVAL) {
			throw new MembershipRefused("membership.apply.notOnApproval");
		}
	}

	/**
	 * Invites an e-mail address; whatever the join policy, facilitators may invite.
	 * @param email the address, with or without an account behind it
	 * @param role the role the invitee will hold: member, expert or observer
	 * @param tokenHash the hash of the secret the mailed link carries
	 * @param language the language of the invitation mail
	 * @param invitedBy the facilitator who invites
	 * @param now the moment
	 * @return the invitation, to be saved
	 * @throws MembershipRefused when the community is not in use
	 * @throws IllegalArgumentException for an implausible address or the facilitator role
	 */
	public Invitation invite(String email, CommunityRole role, String tokenHash, Locale language, UUID invitedBy,
			Instant now) {
		if (!isActive()) {
			throw new MembershipRefused("membership.invite.notActive");
		}
		return new Invitation(this.id, email, role, tokenHash, language, invitedBy, now);
	}

	private void requireProposed() {
		if (this.status != CommunityStatus.PROPOSED) {
			throw new IllegalStateException("Community " + this.slug + " is " + this.status + ", not proposed");
		}
	}

	private void apply(CommunityDescription description) {
		check(Slugs.isValid(description.slug()), "slug", description.slug());
		check(IsoCodes.isLanguage(description.originalLanguage()), "original language", description.originalLanguage());
		check(fits(description.name(), NAME_MAX_LENGTH), "name", description.name());
		check(fits(description.domain(), DOMAIN_MAX_LENGTH), "domain", description.domain());
		check(fits(description.practice(), PRACTICE_MAX_LENGTH), "practice", description.practice());
		description.themes().forEach((theme) -> check(fits(theme, THEME_MAX_LENGTH), "theme", theme));
		description.places()
			.forEach((place) -> check(
					IsoCodes.isCountry(place.country()) && place.region().length() <= Place.REGION_MAX_LENGTH, "place",
					place));
		description.languages().forEach((language) -> check(IsoCodes.isLanguage(language), "language", language));
		description.translations()
			.keySet()
			.forEach((language) -> check(
					IsoCodes.isLanguage(language) && !language.equals(description.originalLanguage()),
					"translation language", language));
		this.slug = description.slug();
		this.kind = description.kind();
		this.visibility = description.visibility();
		this.joinPolicy = description.joinPolicy();
		this.originalLanguage = description.originalLanguage();
		this.name = description.name().strip();
		this.domain = description.domain().strip();
		this.practice = description.practice().strip();
		replace(this.themes, description.themes());
		replace(this.places, description.places());
		replace(this.languages, description.languages());
		this.translations.keySet().retainAll(description.translations().keySet());
		description.translations().forEach((language, translation) -> {
			if (translation.isEmpty()) {
				this.translations.remove(language);
			}
			else if (!translation.equals(this.translations.get(language))) {
				this.translations.put(language, translation);
			}
		});
	}

	private static <T> void replace(Set<T> current, Set<T> wanted) {
		current.retainAll(wanted);
		current.addAll(wanted);
	}

	private static boolean fits(String text, int maxLength) {
		return !text.isBlank() && text.strip().length() <= maxLength;
	}

	private static void check(boolean valid, String what, Object value) {
		if (!valid) {
			throw new IllegalArgumentException("Not an acceptable " + what + ": " + value);
		}
	}

	/**
	 * The name in a reader's language, else in the original.
	 * @param language the reader's language
	 * @return the name and the language it is in
	 */
	public LocalizedText name(Locale language) {
		return localized(language, this.name, Translation::name);
	}

	/**
	 * The domain statement in a reader's language, else in the original.
	 * @param language the reader's language
	 * @return the statement and the language it is in
	 */
	public LocalizedText domain(Locale language) {
		return localized(language, this.domain, Translation::domain);
	}

	/**
	 * The practice in a reader's language, else in the original.
	 * @param language the reader's language
	 * @return the practice and the language it is in
	 */
	public LocalizedText practice(Locale language) {
		return localized(language, this.practice, Translation::practice);
	}

	private LocalizedText localized(Locale language, String original, Function<Translation, @Nullable String> field) {
		Translation translation = this.translations.get(language.getLanguage());
		String translated = (translation != null) ? field.apply(translation) : null;
		return (translated != null) ? new LocalizedText(translated, language.getLanguage())
				: new LocalizedText(original, this.originalLanguage);
	}

	/**
	 * Whether the community shows up in lists and search for those allowed to see it.
	 * @return true when it is in use, not a proposal
	 */
	public boolean isActive() {
		return this.status == CommunityStatus.ACTIVE;
	}

	public UUID id() {
		return this.id;
	}

	public String slug() {
		return this.slug;
	}

	public CommunityKind kind() {
		return this.kind;
	}

	@Override
	public Visibility visibility() {
		return this.visibility;
	}

	public JoinPolicy joinPolicy() {
		return this.joinPolicy;
	}

	@Override
	public CommunityStatus status() {
		return this.status;
	}

	public String originalLanguage() {
		return this.originalLanguage;
	}

	public String name() {
		return this.name;
	}

	public String domain() {
		return this.domain;
	}

	public String practice() {
		return this.practice;
	}

	public Map<String, Translation> translations() {
		return Map.copyOf(this.translations);
	}

	public Set<String> themes() {
		return Set.copyOf(this.themes);
	}

	public Set<Place> places() {
		return Set.copyOf(this.places);
	}

	public Set<String> languages() {
		return Set.copyOf(this.languages);
	}

	public Set<UUID> partners() {
		return Set.copyOf(this.partners);
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	@Override
	public UUID createdBy() {
		return this.createdBy;
	}

	/**
	 * The version the description was read at, for a form to send back so that a
	 * concurrent edit is noticed.
	 * @return the optimistic-lock version
	 */
	public long version() {
		return (this.version != null) ? this.version : 0;
	}

	/**
	 * The description as it stands, for an edit form to start from.
	 * @return the current description
	 */
	public CommunityDescription description() {
		return new CommunityDescription(this.slug, this.kind, this.visibility, this.joinPolicy, this.originalLanguage,
				this.name, this.domain, this.practice, this.themes, this.places, this.languages, this.translations);
	}

	@Override
	public String searchType() {
		return "community";
	}

	@Override
	public String searchTitle() {
		return this.name;
	}

	@Override
	public @Nullable String searchSummary() {
		return this.domain;
	}

	@Override
	public @Nullable String searchBody() {
		return SearchTexts.join(this.practice, String.join(" ", this.themes));
	}

	@Override
	public @Nullable String searchLanguage() {
		return this.originalLanguage;
	}

	/**
	 * Everyone finds a community in use that is not secret (a members-only one shows its
	 * name and how to join); a secret one or a proposal only its members find.
	 */
	@Override
	public @Nullable UUID searchCommunity() {
		return findableByAll() ? null : this.id;
	}

	@Override
	public Set<String> searchReaders() {
		return findableByAll() ? Set.of(SearchReaders.PUBLIC)
				: Set.of(SearchReaders.MEMBERS, SearchReaders.person(this.createdBy));
	}

	private boolean findableByAll() {
		return this.status == CommunityStatus.ACTIVE && this.visibility != Visibility.SECRET;
	}

	/** The country it works in when it is one; none for a community of several. */
	@Override
	public @Nullable String searchCountry() {
		Set<String> countries = this.places.stream().map(Place::country).collect(Collectors.toSet());
		return (countries.size() == 1) ? countries.iterator().next() : null;
	}

	@Override
	public @Nullable Instant searchDate() {
		return this.createdAt;
	}

	@Override
	public String searchKey() {
		return this.slug;
	}

}
