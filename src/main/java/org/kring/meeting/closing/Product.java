package org.kring.meeting.closing;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.jspecify.annotations.Nullable;
import org.kring.meeting.MeetingProduct;
import org.kring.meeting.ProductKind;
import org.springframework.data.domain.Persistable;

/**
 * One product a closed meeting produced: a tool, a joint signal with the authority it is
 * addressed to, an action proposal, or a legislation test with the rule it tests. A new
 * product knows it is new, so that saving it inserts without reading first.
 */
@Entity
@Table(name = "meeting_product")
public class Product implements Persistable<UUID> {

	@Id
	private UUID id;

	@Column(name = "meeting_id", nullable = false)
	private UUID meetingId;

	@Column(nullable = false)
	private int position;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ProductKind kind;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(length = 4000)
	private @Nullable String description;

	@Column(length = 200)
	private @Nullable String authority;

	@Column(name = "authority_id")
	private @Nullable UUID authorityId;

	@Column(name = "rule_tested", length = 300)
	private @Nullable String ruleTested;

	@Transient
	private boolean fresh;

	protected Product() {
		// for JPA
	}

	Product(UUID meetingId, int position, ProductInput input) {
		this.id = UUID.randomUUID();
		this.fresh = true;
		this.meetingId = meetingId;
		this.position = position;
		this.kind = input.requiredKind();
		this.title = input.requiredTitle();
		this.description = input.description();
		this.authority = (this.kind == ProductKind.JOINT_SIGNAL) ? input.authority() : null;
		this.ruleTested = (this.kind == ProductKind.LEGISLATION_TEST) ? input.ruleTested() : null;
	}

	/**
	 * The product as the rest of the system learns of it.
	 * @return the product
	 */
	public MeetingProduct published() {
		return new MeetingProduct(this.id, this.kind, this.title, this.description, this.authority, this.authorityId,
				this.ruleTested);
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	@Override
	public boolean isNew() {
		return this.fresh;
	}

	@PostLoad
	@PostPersist
	void stored() {
		this.fresh = false;
	}

	public UUID id() {
		return this.id;
	}

	public UUID meetingId() {
		return this.meetingId;
	}

	public int position() {
		return this.position;
	}

	public ProductKind kind() {
		return this.kind;
	}

	public String title() {
		return this.title;
	}

	public @Nullable String description() {
		return this.description;
	}

	public @Nullable String authority() {
		return this.authority;
	}

	public @Nullable String ruleTested() {
		return this.ruleTested;
	}

}
