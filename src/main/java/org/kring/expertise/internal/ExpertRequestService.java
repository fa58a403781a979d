package org.kring.expertise.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.account.AccountManagement;
import org.kring.community.CommunityManagement;
import org.kring.community.CommunityMembership;
import org.kring.community.CommunitySummary;
import org.kring.expertise.ExpertInputGiven;
import org.kring.expertise.ExpertInputRequested;
import org.kring.system.KringPrincipal;
import org.kring.system.files.FileNames;
import org.kring.system.files.FileStore;
import org.kring.system.files.Upload;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asking experts for input and their replies. Every method takes the signed-in person and
 * checks what they may do; a request they may not see is as absent as one that does not
 * exist.
 */
@Service
public class ExpertRequestService {

	/** The longest title. */
	public static final int TITLE_MAX = 200;

	/** The longest question, answer or note. */
	public static final int TEXT_MAX = 4000;

	/** The longest reason for declining. */
	public static final int REASON_MAX = 1000;

	/** The most experts one request may ask. */
	public static final int EXPERTS_MAX = 20;

	private static final int LINK_MAX = 500;

	private final ExpertRequestStore store;

	private final RequestableExperts experts;

	private final AttachmentFiles files;

	private final RequestMails mails;

	private final CommunityManagement communities;

	private final AccountManagement accounts;

	private final ApplicationEventPublisher events;

	private final ExpertRequestSettings settings;

	private final Clock clock;

	private final ExpertRequestQueries queries;

	ExpertRequestService(ExpertRequestStore store, RequestableExperts experts, AttachmentFiles files,
			RequestMails mails, CommunityManagement communities, AccountManagement accounts,
			ApplicationEventPublisher events, ExpertRequestSettings settings, Clock clock,
			ExpertRequestQueries queries) {
		this.store = store;
		this.experts = experts;
		this.files = files;
		this.mails = mails;
		this.communities = communities;
		this.accounts = accounts;
		this.events = events;
		this.settings = settings;
		this.clock = clock;
		this.queries = queries;
	}

	/** What an expert does with a request. */
	public enum Reply {

		/** Says yes, the answer follows. */
		ACCEPT,

		/** Says no, perhaps with a reason. */
		DECLINE,

		/** Gives the answer, with text and perhaps files. */
		ANSWER

	}

	/**
	 * The day it is now where the instance is.
	 * @return today
	 */
	public LocalDate today() {
		return this.queries.today();
	}

	/**
	 * The communities a request may be for: those the asker belongs to.
	 * @param me the asker
	 * @return the communities, by name
	 */
	public List<CommunitySummary> communitiesFor(KringPrincipal me) {
		return this.communities.communitiesOf(me.id()).stream().map(CommunityMembership::community).toList();
	}

	/**
	 * Asks experts for input; each gets a mail once the request is saved.
	 * @param me the asker, who must be one who {@linkplain RequestableExperts#mayAsk may
	 * ask}
	 * @param input the request as typed
	 * @param uploads the files attached
	 * @return the new request's id, or the problems (nothing saved, no file kept)
	 */
	@Transactional
	public Outcome ask(KringPrincipal me, RequestInput input, List<Upload> uploads) {
		Map<String, String> problems = new LinkedHashMap<>();
		RequestKind kind = kind(input.kind(), problems);
		String title = text(input.title(), TITLE_MAX, "title", problems);
		String question = text(input.question(), TEXT_MAX, "question", problems);
		String link = link(input.link(), problems);
		UUID communityId = community(me, input.community(), problems);
		LocalDate dueOn = dueOn(input.dueOn(), problems);
		List<RequestableExperts.Choice> asked = experts(me, input.experts(), problems);
		if (uploads.size() > this.settings.maxAttachments()) {
			problems.put("attachments", "expertrequests.attachments.tooMany");
		}
		if (!problems.isEmpty()) {
			if (!uploads.isEmpty()) {
				problems.putIfAbsent("attachments", "expertrequests.attachments.again");
			}
			return Outcome.invalid(problems);
		}
		UUID id = UUID.randomUUID();
		var request = new RequestRows.Request(id, kind, title, question, link, communityId, me.id(), dueOn,
				RequestState.OPEN, this.clock.instant());
		List<UUID> expertIds = asked.stream().map(RequestableExperts.Choice::id).toList();
		List<FileStore.Stored> stored = new ArrayList<>();
		String refused = storeAll(uploads, stored);
		if (refused != null) {
			this.files.removeAfterCommit(stored.stream().map(FileStore.Stored::id).toList());
			return Outcome.invalid(Map.of("attachments", refused));
		}
		this.store.insert(request, expertIds);
		saveAttachments(id, null, uploads, stored);
		String askerName = this.accounts.displayNameOf(me.id());
		expertIds.forEach((expert) -> this.mails.asked(request, expert, askerName));
		this.events.publishEvent(new ExpertInputRequested(id, expertIds, me.id(), dueOn));
		return Outcome.done(id);
	}

	/**
	 * An asked expert's reply.
	 * @param me the signed-in person
	 * @param requestId the request
	 * @param reply what they do
	 * @param text the answer, or the reason for declining; may be null
	 * @param uploads the files of an answer
	 * @return done, or why not: 422 for input to correct, 409 when the request is no
	 * longer open or they replied already, 403 when it was not asked of them
	 * @throws RequestNotFoundException when they may not see the request
	 */
	@Transactional
	public Outcome reply(KringPrincipal me, UUID requestId, Reply reply, @Nullable String text, List<Upload> uploads) {
		RequestRows.Request request = visible(me, requestId);
		RequestRows.Expert mine = this.store.experts(requestId)
			.stream()
			.filter((expert) -> expert.expertId().equals(me.id()))
			.findFirst()
			.orElse(null);
		if (mine == null) {
			return Outcome.forbidden("expertrequests.reply.notAsked");
		}
		if (request.state() != RequestState.OPEN) {
			return Outcome.conflict("expertrequests.reply.closed");
		}
		Set<AnswerState> from = (reply == Reply.ACCEPT) ? Set.of(AnswerState.ASKED)
				: Set.of(AnswerState.ASKED, AnswerState.ACCEPTED);
		if (!from.contains(mine.state())) {
			return Outcome.conflict("expertrequests.reply.already");
		}
		Map<String, String> problems = new LinkedHashMap<>();
		String answer = null;
		String reason = null;
		if (reply == Reply.ANSWER) {
			answer = text(text, TEXT_MAX, "answer", problems);
			if (uploads.size() > this.settings.maxAttachments()) {
				problems.put("attachments", "expertrequests.attachments.tooMany");
			}
		}
		else if (reply == Reply.DECLINE && text != null && !text.isBlank()) {
			reason = text(text, REASON_MAX, "reason", problems);
		}
		if (!problems.isEmpty()) {
			if (!uploads.isEmpty()) {
				problems.putIfAbsent("attachments", "expertrequests.attachments.again");
			}
			return Outcome.invalid(problems);
		}
		List<FileStore.Stored> stored = new ArrayList<>();
		if (reply == Reply.ANSWER) {
			String refused = storeAll(uploads, stored);
			if (refused != null) {
				this.files.removeAfterCommit(stored.stream().map(FileStore.Stored::id).toList());
				return Outcome.invalid(Map.of("attachments", refused));
			}
		}
		AnswerState to = switch (reply) {
			case ACCEPT -> AnswerState.ACCEPTED;
			case DECLINE -> AnswerState.DECLINED;
			case ANSWER -> AnswerState.ANSWERED;
		};
		if (!this.store.reply(requestId, me.id(), from, to, answer, reason, this.clock.instant())) {
			this.files.removeAfterCommit(stored.stream().map(FileStore.Stored::id).toList());
			return Outcome.conflict("expertrequests.reply.already");
		}
		saveAttachments(requestId, me.id(), uploads, stored);
		if (reply != Reply.ACCEPT) {
			this.events
				.publishEvent(new ExpertInputGiven(requestId, me.id(), request.askedBy(), reply == Reply.DECLINE));
		}
		return Outcome.done(requestId);
	}

	/**
	 * Closes (done) or cancels (withdrawn) an open request: only its asker may.
	 * @param me the signed-in person
	 * @param requestId the request
	 * @param to {@link RequestState#CLOSED} or {@link RequestState#CANCELLED}
	 * @return done; 403 for anyone but the asker; 409 when it is no longer open
	 * @throws RequestNotFoundException when they may not see the request
	 */
	@Transactional
	public Outcome end(KringPrincipal me, UUID requestId, RequestState to) {
		RequestRows.Request request = visible(me, requestId);
		if (!request.askedBy().equals(me.id())) {
			return Outcome.forbidden("expertrequests.end.notAsker");
		}
		if (to == RequestState.OPEN || !this.store.end(requestId, to, this.clock.instant())) {
			return Outcome.conflict("expertrequests.end.notOpen");
		}
		return Outcome.done(requestId);
	}

	/**
	 * A request as its asker, an asked expert or an administrator reads it.
	 * @param me the signed-in person
	 * @param requestId the request
	 * @return the request, or empty for anyone else and for an unknown one
	 */
	@Transactional(readOnly = true)
	public Optional<RequestDetail> detail(KringPrincipal me, UUID requestId) {
		Optional<RequestRows.Request> found = this.store.find(requestId);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		RequestRows.Request request = found.get();
		List<RequestRows.Expert> asked = this.store.experts(requestId);
		if (!mayView(me, request, asked)) {
			return Optional.empty();
		}
		List<RequestRows.Attachment> attachments = this.store.attachments(requestId);
		Set<UUID> people = new HashSet<>();
		people.add(request.askedBy());
		asked.forEach((expert) -> people.add(expert.expertId()));
		Map<UUID, String> names = this.accounts.displayNamesOf(people);
		LocalDate today = today();
		boolean late = request.state() == RequestState.OPEN && today.isAfter(request.dueOn());
		List<RequestDetail.Reply> replies = asked.stream()
			.map((expert) -> new RequestDetail.Reply(expert, names.get(expert.expertId()),
					attachments.stream().filter((file) -> expert.expertId().equals(file.expertId())).toList(),
					late && expert.state().pending()))
			.sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
			.toList();
		String communityName = (request.communityId() != null && this.communities.canRead(me, request.communityId()))
				? this.communities.find(request.communityId()).map(CommunitySummary::name).orElse(null) : null;
		return Optional.of(new RequestDetail(request, names.get(request.askedBy()), communityName, replies,
				attachments.stream().filter((file) -> file.expertId() == null).toList(), today, me.id()));
	}

	/**
	 * An attached file for someone who may see its request.
	 * @param me the signed-in person
	 * @param requestId the request
	 * @param attachmentId the file
	 * @return the file's record and where its content is, or empty
	 */
	@Transactional(readOnly = true)
	public Optional<Download> download(KringPrincipal me, UUID requestId, UUID attachmentId) {
		Optional<RequestRows.Request> request = this.store.find(requestId);
		if (request.isEmpty() || !mayView(me, request.get(), this.store.experts(requestId))) {
			return Optional.empty();
		}
		return this.store.attachment(requestId, attachmentId)
			.map((file) -> new Download(file, this.files.pathOf(file.id())));
	}

	/**
	 * A file to send.
	 *
	 * @param attachment its record
	 * @param path its content on disk
	 */
	public record Download(RequestRows.Attachment attachment, Path path) {
	}

	/**
	 * The requests asked of a person (open ones they still owe first) and those they
	 * asked.
	 * @param me the signed-in person
	 * @param limit the most of each
	 * @return both lists and the names of the askers
	 */
	@Transactional(readOnly = true)
	public Overview overview(KringPrincipal me, int limit) {
		List<RequestRows.AskedOfMe> ofMe = this.store.askedOf(me.id(), limit);
		List<RequestRows.AskedByMe> byMe = this.store.askedBy(me.id(), limit);
		Set<UUID> askers = new LinkedHashSet<>();
		ofMe.forEach((row) -> askers.add(row.askedBy()));
		Map<UUID, String> names = askers.isEmpty() ? Map.of() : this.accounts.displayNamesOf(askers);
		return new Overview(ofMe, byMe, names, today());
	}

	/**
	 * The overview of someone's requests.
	 *
	 * @param askedOfMe requests asked of them
	 * @param askedByMe requests they asked
	 * @param askerNames the names of those who asked them
	 * @param today the day it is now
	 */
	public record Overview(List<RequestRows.AskedOfMe> askedOfMe, List<RequestRows.AskedByMe> askedByMe,
			Map<UUID, String> askerNames, LocalDate today) {

		public String askerOf(RequestRows.AskedOfMe row) {
			return this.askerNames.getOrDefault(row.askedBy(), AccountManagement.FORMER_MEMBER);
		}

		public boolean overdue(RequestRows.AskedOfMe row) {
			return row.state() == RequestState.OPEN && row.mine().pending() && this.today.isAfter(row.dueOn());
		}

		public boolean overdue(RequestRows.AskedByMe row) {
			return row.state() == RequestState.OPEN && row.pending() && this.today.isAfter(row.dueOn());
		}

	}

	private RequestRows.Request visible(KringPrincipal me, UUID requestId) {
		RequestRows.Request request = this.store.find(requestId).orElseThrow(RequestNotFoundException::new);
		if (!mayView(me, request, this.store.experts(requestId))) {
			throw new RequestNotFoundException();
		}
		return request;
	}

	private static boolean mayView(KringPrincipal me, RequestRows.Request request, List<RequestRows.Expert> asked) {
		return me.administrator() || request.askedBy().equals(me.id())
				|| asked.stream().anyMatch((expert) -> expert.expertId().equals(me.id()));
	}

	private @Nullable String storeAll(List<Upload> uploads, List<FileStore.Stored> stored) {
		long max = this.settings.maxAttachmentSize().toBytes();
		for (Upload upload : uploads) {
			FileStore.StoreResult result = this.files.store(upload, max);
			if (result.refusal() == FileStore.Refusal.TOO_LARGE) {
				return "expertrequests.attachments.tooLarge";
			}
			if (result.refusal() != null) {
				return "expertrequests.attachments.wrongType";
			}
			stored.add(result.stored());
		}
		return null;
	}

	private void saveAttachments(UUID requestId, @Nullable UUID expertId, List<Upload> uploads,
			List<FileStore.Stored> stored) {
		for (int i = 0; i < stored.size(); i++) {
			FileStore.Stored file = stored.get(i);
			this.store.insert(new RequestRows.Attachment(file.id(), requestId, expertId,
					FileNames.safe(uploads.get(i).name()), file.type().contentType(), file.size(), file.sha256()),
					this.clock.instant());
		}
	}

	private static @Nullable RequestKind kind(@Nullable String value, Map<String, String> problems) {
		if (value != null) {
			for (RequestKind kind : RequestKind.values()) {
				if (kind.name().equals(value)) {
					return kind;
				}
			}
		}
		problems.put("kind", "expertrequests.kind.required");
		return null;
	}

	private static String text(@Nullable String value, int max, String field, Map<String, String> problems) {
		String text = (value != null) ? value.strip() : "";
		if (text.isEmpty()) {
			problems.put(field, "expertrequests." + field + ".required");
		}
		else if (text.length() > max) {
			problems.put(field, "expertrequests." + field + ".tooLong");
		}
		return text;
	}

	private static @Nullable String link(@Nullable String value, Map<String, String> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String link = value.strip();
		try {
			URI uri = new URI(link);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			if (link.length() <= LINK_MAX && (scheme.equals("https") || scheme.equals("http"))
					&& uri.getHost() != null) {
				return link;
			}
		}
		catch (URISyntaxException ex) {
			// reported below
		}
		problems.put("link", "expertrequests.link.invalid");
		return null;
	}

	private @Nullable UUID community(KringPrincipal me, @Nullable String value, Map<String, String> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		UUID id = RequestInput.uuid(value);
		if (id != null && communitiesFor(me).stream().anyMatch((community) -> community.id().equals(id))) {
			return id;
		}
		problems.put("community", "expertrequests.community.unknown");
		return null;
	}

	private @Nullable LocalDate dueOn(@Nullable String value, Map<String, String> problems) {
		if (value == null || value.isBlank()) {
			problems.put("dueOn", "expertrequests.dueOn.required");
			return null;
		}
		try {
			LocalDate due = LocalDate.parse(value.strip());
			if (due.isBefore(today())) {
				problems.put("dueOn", "expertrequests.dueOn.past");
			}
			return due;
		}
		catch (DateTimeParseException ex) {
			problems.put("dueOn", "expertrequests.dueOn.invalid");
			return null;
		}
	}

	private List<RequestableExperts.Choice> experts(KringPrincipal me, List<String> values,
			Map<String, String> problems) {
		Set<UUID> ids = new LinkedHashSet<>();
		boolean malformed = false;
		for (String value : values) {
			if (value == null || value.isBlank()) {
				continue;
			}
			UUID id = RequestInput.uuid(value);
			if (id == null) {
				malformed = true;
			}
			else {
				ids.add(id);
			}
		}
		if (ids.isEmpty() && !malformed) {
			problems.put("experts", "expertrequests.experts.required");
			return List.of();
		}
		if (ids.size() > EXPERTS_MAX) {
			problems.put("experts", "expertrequests.experts.tooMany");
			return List.of();
		}
		List<RequestableExperts.Choice> found = this.experts.among(me, ids);
		if (malformed || found.size() != ids.size()) {
			problems.put("experts", "expertrequests.experts.unknown");
		}
		return found;
	}

}
