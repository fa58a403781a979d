package org.kring.result.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
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
 * A tool in a community's toolbox: a checklist, a template, a map of services… with the
 * links where it is found and the meeting it came from.
 */
@Entity
@Indexed(index = "tool")
@TypeBinding(binder = @TypeBinderRef(type = SearchableBinder.class))
@Table(name = "result_tool")
public class Tool implements Searchable {

	@Id
	private UUID id;

	@Column(name = "community_id", nullable = false)
	private UUID communityId;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(length = 4000)
	private @Nullable String description;

	@ElementCollection
	@CollectionTable(name = "result_tool_link", joinColumns = @JoinColumn(name = "tool_id"))
	@OrderColumn(name = "position")
	private List<ToolLink> links = new ArrayList<>();

	@Embedded
	private @Nullable Origin origin;

	@Column(name = "created_by", nullable = false)
	private UUID createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Tool() {
		// for JPA
	}

	private Tool(UUID communityId, String title, @Nullable String description, List<ToolLink> links, Origin origin,
			UUID createdBy, Instant now) {
		this.id = UUID.randomUUID();
		this.communityId = communityId;
		this.title = title;
		this.description = description;
		this.links = new ArrayList<>(links);
		this.origin = origin;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	/**
	 * A new tool in a community's toolbox.
	 * @param communityId the community
	 * @param title its name
	 * @param description what it is and how to use it, or null
	 * @param links where it is found
	 * @param origin the meeting it came from, or {@link Origin#DIRECT}
	 * @param createdBy who added it
	 * @param now the time
	 * @return the tool
	 */
	public static Tool add(UUID communityId, String title, @Nullable String description, List<ToolLink> links,
			Origin origin, UUID createdBy, Instant now) {
		return new Tool(communityId, title, description, links, origin, createdBy, now);
	}

	// Changing the tool (the toolbox's services) goes below.

	/**
	 * Changes what the tool is called, says and links to; where it came from stays.
	 * @param title its name
	 * @param description what it is and how to use it, or null
	 * @param links where it is found, in this order
	 */
	public void revise(String title, @Nullable String description, List<ToolLink> links) {
		this.title = title;
		this.description = description;
		this.links.clear();
		this.links.addAll(links);
	}

	public UUID id() {
		return this.id;
	}

	public UUID communityId() {
		return this.communityId;
	}

	public String title() {
		return this.title;
	}

	public @Nullable String description() {
		return this.description;
	}

	public List<ToolLink> links() {
		return List.copyOf(this.links);
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

	@Override
	public String searchType() {
		return "tool";
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
