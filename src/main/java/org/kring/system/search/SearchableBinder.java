package org.kring.system.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.jspecify.annotations.Nullable;

/**
 * Writes what a {@link org.kring.system.search.Searchable} answers into its index entry,
 * the same fields for every kind of thing, so that one query searches them all. Modules
 * mark their entity with
 * {@code @TypeBinding(binder = @TypeBinderRef(type = SearchableBinder.class))}. The
 * answers depend on the entity's own columns only, so any change to the entity brings its
 * entry up to date.
 */
public class SearchableBinder implements TypeBinder {

	@Override
	public void bind(TypeBindingContext context) {
		// The answers read the entity's own columns, so every persistent field is a
		// dependency: a change to any of them brings the entry up to date. (useRootOnly()
		// would tell Hibernate Search that no change ever needs reindexing.)
		PersistentFields.of(context.bridgedElement().rawType()).forEach(context.dependencies()::use);
		IndexSchemaElement schema = context.indexSchemaElement();
		IndexFieldTypeFactory types = context.typeFactory();
		var stored = types.asString().searchable(Searchable.NO).projectable(Projectable.YES).toIndexFieldType();
		var keyword = types.asString()
			.projectable(Projectable.YES)
			.aggregable(Aggregable.YES)
			.searchable(Searchable.YES)
			.toIndexFieldType();
		var date = types.asInstant().projectable(Projectable.YES).sortable(Sortable.YES).toIndexFieldType();
		List<Texts> texts = new ArrayList<>();
		for (String text : List.of(SearchFields.TITLE, SearchFields.SUMMARY, SearchFields.BODY)) {
			List<IndexFieldReference<String>> analysed = new ArrayList<>();
			for (String analyser : SearchFields.ANALYSERS) {
				var type = types.asString()
					.analyzer(analyser)
					.projectable(Projectable.YES)
					.highlightable(List.of(Highlightable.PLAIN))
					.termVector(TermVector.NO)
					.toIndexFieldType();
				analysed.add(schema.field(SearchFields.analysed(text, analyser), type).toReference());
			}
			IndexFieldReference<String> plain = SearchFields.BODY.equals(text) ? null
					: schema.field(text, stored).toReference();
			texts.add(new Texts(plain, analysed));
		}
		Fields fields = new Fields(texts.get(0), texts.get(1), texts.get(2),
				schema.field(SearchFields.TYPE, keyword).toReference(),
				schema.field(SearchFields.LANGUAGE, keyword).toReference(),
				schema.field(SearchFields.COUNTRY, keyword).toReference(),
				schema.field(SearchFields.FIELDS, keyword).multiValued().toReference(),
				schema.field(SearchFields.COMMUNITY, keyword).toReference(),
				schema.field(SearchFields.READERS, keyword).multiValued().toReference(),
				schema.field(SearchFields.KEY, stored).toReference(),
				schema.field(SearchFields.DATE, date).toReference());
		context.bridge(org.kring.system.search.Searchable.class, new Bridge(fields));
	}

	private record Texts(@Nullable IndexFieldReference<String> plain, List<IndexFieldReference<String>> analysed) {

		void write(DocumentElement target, @Nullable String value) {
			if (value == null || value.isBlank()) {
				return;
			}
			if (this.plain != null) {
				target.addValue(this.plain, value);
			}
			for (IndexFieldReference<String> field : this.analysed) {
				target.addValue(field, value);
			}
		}

	}

	private record Fields(Texts title, Texts summary, Texts body, IndexFieldReference<String> type,
			IndexFieldReference<String> language, IndexFieldReference<String> country,
			IndexFieldReference<String> fields, IndexFieldReference<String> community,
			IndexFieldReference<String> readers, IndexFieldReference<String> key, IndexFieldReference<Instant> date) {
	}

	private record Bridge(Fields fields) implements TypeBridge<org.kring.system.search.Searchable> {

		@Override
		public void write(DocumentElement target, org.kring.system.search.Searchable thing,
				TypeBridgeWriteContext context) {
			this.fields.title().write(target, thing.searchTitle());
			this.fields.summary().write(target, thing.searchSummary());
			this.fields.body().write(target, thing.searchBody());
			target.addValue(this.fields.type(), thing.searchType());
			addIfPresent(target, this.fields.language(), thing.searchLanguage());
			addIfPresent(target, this.fields.country(), thing.searchCountry());
			addIfPresent(target, this.fields.key(), thing.searchKey());
			if (thing.searchCommunity() != null) {
				target.addValue(this.fields.community(), thing.searchCommunity().toString());
			}
			thing.searchFields().forEach((code) -> target.addValue(this.fields.fields(), code));
			thing.searchReaders().forEach((reader) -> target.addValue(this.fields.readers(), reader));
			if (thing.searchDate() != null) {
				target.addValue(this.fields.date(), thing.searchDate());
			}
		}

		private static void addIfPresent(DocumentElement target, IndexFieldReference<String> field,
				@Nullable String value) {
			if (value != null && !value.isBlank()) {
				target.addValue(field, value);
			}
		}

	}

}
