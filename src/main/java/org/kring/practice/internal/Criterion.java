package org.kring.practice.internal;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A criterion reviewers score practices on. The six defaults carry only a code and are
 * named by the message bundles; one an administrator adds carries its own name and
 * description. A retired criterion keeps its scores but is not asked any more.
 */
@Entity
@Table(name = "practice_criterion")
public class Criterion {

	/** The longest name. */
	public static final int MAX_NAME = 120;

	/** The longest description. */
	public static final int MAX_DESCRIPTION = 1000;

	@Id
	private UUID id;

	@Column(nullable = false, length = 40)
	private String code;

	@Column(length = MAX_NAME)
	private @Nullable String name;

	@Column(length = MAX_DESCRIPTION)
	private @Nullable String description;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private boolean retired;

	protected Criterion() {
		// for JPA
	}

	private Criterion(String name, @Nullable String description, int position) {
		this.id = UUID.randomUUID();
		this.code = "c-" + this.id;
		this.name = name;
		this.description = description;
		this.position = position;
	}

	/**
	 * A criterion an administrator adds, asked after the others.
	 * @param name its name
	 * @param description what reviewers look at, or null
	 * @param position its place in the order
	 * @return the criterion
	 */
	static Criterion added(String name, @Nullable String description, int position) {
		return new Criterion(name, description, position);
	}

	/**
	 * Renames a criterion an administrator added; the defaults are named by the bundles.
	 * @throws IllegalStateException for a default criterion
	 */
	void describe(String name, @Nullable String description) {
		if (builtIn()) {
			throw new IllegalStateException("A default criterion is named by the message bundles");
		}
		this.name = name;
		this.description = description;
	}

	void moveTo(int position) {
		this.position = position;
	}

	void retire() {
		this.retired = true;
	}

	void restore() {
		this.retired = false;
	}

	/** Whether it is one of the six defaults, named by the message bundles. */
	public boolean builtIn() {
		return this.name == null;
	}

	/** The message key of a default criterion's name. */
	public String nameKey() {
		return "practicereview.criterion." + this.code + ".name";
	}

	/** The message key of a default criterion's description. */
	public String descriptionKey() {
		return "practicereview.criterion." + this.code + ".description";
	}

	public UUID id() {
		return this.id;
	}

	public String code() {
		return this.code;
	}

	public @Nullable String name() {
		return this.name;
	}

	public @Nullable String description() {
		return this.description;
	}

	public int position() {
		return this.position;
	}

	public boolean retired() {
		return this.retired;
	}

}
