package org.kring.expertise.internal;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A catalogue read once in one query and kept: it is small and rarely changes.
 */
public final class CachedCatalogue {

	private final JdbcClient jdbc;

	private final CatalogueKind kind;

	private volatile @Nullable Catalogue catalogue;

	private long generation;

	public CachedCatalogue(JdbcClient jdbc, CatalogueKind kind) {
		this.jdbc = jdbc;
		this.kind = kind;
	}

	/**
	 * The catalogue, read now if not read since the last {@link #reload()}.
	 * @return the catalogue
	 */
	public Catalogue get() {
		Catalogue read = this.catalogue;
		if (read == null) {
			long started;
			synchronized (this) {
				started = this.generation;
			}
			read = Catalogue.read(this.jdbc, this.kind);
			// A reload while reading means what was read may be stale: serve it, keep it
			// not.
			synchronized (this) {
				if (this.generation == started) {
					this.catalogue = read;
				}
			}
		}
		return read;
	}

	/**
	 * Forgets the catalogue read so far; the next {@link #get()} reads it again.
	 */
	public synchronized void reload() {
		this.generation++;
		this.catalogue = null;
	}

}
