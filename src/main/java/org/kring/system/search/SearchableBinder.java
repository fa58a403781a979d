package org.kring.system.search;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.jspecify.annotations.Nullable;

/**
 * Writes what a {@link org.kring.system.search.Searchable} answers into its index entry,
 * the same fields for every kind of thing (see {@link SearchFields}), so that one query
 * searches them all. The texts are analysed plainly and in their own language only: a
 * word in another language's analysis would seldom match, and every analysis more makes
 * the index larger and each search slower. Modules mark their entity with
 * {@code @TypeBinding(binder = @TypeBinderRef(type = SearchableBinder.class))}. The
 * answers depend on what the entity maps, so any change to the entity brings its entry up
 * to date.
 */
public class SearchableBinder implements TypeBinder {

	@Override
	public void bind(TypeBindingContext context) {
		// The answers read what the entity maps, so every persistent field (a column or
		// an association) is a dependency: a change to any of them brings the entry up to
		// date. (useRootOnly()
		// would tell Hibernate Search that no change ever needs reindexing.)
		PersistentFields.readBySearch(context.bridgedElement().rawType()).forEach(context.dependencies()::use);
		IndexSchemaElement schema = context.indexSchemaElement();
		IndexFieldTypeFactory types = context.typeFactory();
		var stored = types.asString().searchable(Searchable.NO).projectable(Projectable.YES).toIndexFieldType();
		var keyword = types.asString()
			.projectable(Projectable.YES)
			.aggregable(Aggregable.YES)
			.searchable(Searchable.YES)
			.toIndexFieldType();
		var date = types.asInstant().projectable(Projectable.YES).sortable(Sortable.YES).toIndexFieldType();
		Map<String, Analysed> analysed = new LinkedHashMap<>();
		for (String analyser : SearchFields.ANALYSERS) {
			var type = types.asString().analyzer(analyser).toIndexFieldType();
			analysed.put(analyser,
					new Analysed(schema.field(SearchFields.analysed(SearchFields.TITLE, analyser), type).toReference(),
							schema.field(SearchFields.analysed(SearchFields.TEXT, analyser), type)
								.multiValued()
								.toReference()));
		}
		Fields fields = new Fields(schema.field(SearchFields.TITLE, stored).toReference(),
				schema.field(SearchFields.SUMMARY, stored).toReference(),
				schema.field(SearchFields.BODY, stored).toReference(), analysed,
				schema.field(SearchFields.TYPE, keyword).toReference(),
				schema.field(SearchFields.LANGUAGE, keyword).toReference(),
				schema.field(SearchFields.COUNTRY, keyword).toReference(),
				schema.field(SearchFields.FIELDS, keyword).multiValued().toReference(),
				schema.field(SearchFields.COMMUNITY, keyword).toReference(),
				schema.field(SearchFields.READERS, keyword).multiValued().toReference(),
				schema.field(SearchFields.KEY, stored).toReference(),
				schema.field(SearchFields.DATE, date).toReference(),
				schema.field(SearchFields.SCHEMA, keyword).toReference());
		context.bridge(org.kring.system.search.Searchable.class, new Bridge(fields));
	}

	/** A title and a text as one analyser analyses them. */
	private record Analysed(IndexFieldReference<String> title, IndexFieldReference<String> text) {
	}

	private record Fields(IndexFieldReference<String> title, IndexFieldReference<String> summary,
			IndexFieldReference<String> body, Map<String, Analysed> analysed, IndexFieldReference<String> type,
			IndexFieldReference<String> language, IndexFieldReference<String> country,
			IndexFieldReference<String> fields, IndexFieldReference<String> community,
			IndexFieldReference<String> readers, IndexFieldReference<String> key, IndexFieldReference<Instant> date,
			IndexFieldReference<String> schema) {
	}

	private record Bridge(Fields fields) implements TypeBridge<org.kring.system.search.Searchable> {

		@Override
		public void write(DocumentElement target, org.kring.system.search.Searchable thing,
				TypeBridgeWriteContext context) {
			String summary = thing.searchSummary();
			String body = thing.searchBody();
			target.addValue(this.fields.title(), thing.searchTitle());
			addIfPresent(target, this.fields.summary(), summary);
			addIfPresent(target, this.fields.body(), body);
			for (String analyser : SearchFields.analysersFor(thing.searchLanguage())) {
				Analysed analysed = this.fields.analysed().get(analyser);
				if (thing.searchTitleSearched()) {
					target.addValue(analysed.title(), thing.searchTitle());
				}
				addIfPresent(target, analysed.text(), summary);
				addIfPresent(target, analysed.text(), body);
			}
			target.addValue(this.fields.schema(), SearchFields.SCHEMA_VERSION);
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
