package org.probity.shared.search;

import java.util.List;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.TypeMappingAnnotationProcessor;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.TypeMappingAnnotationProcessorContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;

/** Declares the common {@link SearchFields} of a {@link Searchable} entity and fills them from its card. */
final class SearchCardBinder implements TypeBinder {

	private final String type;

	private final String path;

	private final String[] from;

	private SearchCardBinder(String type, String path, String[] from) {
		this.type = type;
		this.path = path;
		this.from = from;
	}

	@Override
	public void bind(TypeBindingContext context) {
		if (!context.bridgedElement().isAssignableTo(HasSearchCard.class)) {
			throw new IllegalStateException(context.bridgedElement().rawType().getName() + " is @Searchable but does not "
					+ "implement " + HasSearchCard.class.getSimpleName());
		}
		for (String property : from) {
			context.dependencies().use(property);
		}
		IndexFieldTypeFactory types = context.typeFactory();
		var keyword = types.asString().projectable(Projectable.YES).aggregable(Aggregable.YES).toIndexFieldType();
		var words = types.asString()
			.analyzer(SearchFields.FOLDED)
			.projectable(Projectable.YES)
			.highlightable(List.of(Highlightable.PLAIN))
			.toIndexFieldType();
		IndexSchemaElement schema = context.indexSchemaElement();
		context.bridge(HasSearchCard.class, new Bridge(type, path,
				schema.field(SearchFields.TYPE, keyword).toReference(),
				schema.field(SearchFields.KEY, keyword).toReference(),
				schema.field(SearchFields.TITLE, words).toReference(),
				schema.field(SearchFields.TEXT, words).toReference(),
				schema.field(SearchFields.SCOPE, types.asString()).toReference(),
				schema.field(SearchFields.UNIT, keyword).toReference(),
				schema.field(SearchFields.YEAR, types.asInteger().aggregable(Aggregable.YES)).toReference(),
				schema.field(SearchFields.STATUS, keyword).toReference(),
				schema.field(SearchFields.OWNER, types.asString()).toReference(),
				schema.field(SearchFields.LINK, types.asString()
					.projectable(Projectable.YES)
					.searchable(org.hibernate.search.engine.backend.types.Searchable.NO)).toReference()));
	}

	private record Bridge(String type, String path, IndexFieldReference<String> typeField,
			IndexFieldReference<String> key, IndexFieldReference<String> title, IndexFieldReference<String> text,
			IndexFieldReference<String> scope, IndexFieldReference<String> unit, IndexFieldReference<Integer> year,
			IndexFieldReference<String> status, IndexFieldReference<String> owner, IndexFieldReference<String> link)
			implements TypeBridge<HasSearchCard> {

		@Override
		public void write(DocumentElement target, HasSearchCard entity, TypeBridgeWriteContext context) {
			SearchCard card = entity.searchCard();
			target.addValue(typeField, type);
			target.addValue(key, card.key());
			target.addValue(title, card.title());
			target.addValue(text, card.text());
			target.addValue(scope, card.scopePath());
			target.addValue(unit, card.unitCode());
			target.addValue(year, card.date() == null ? null : card.date().getYear());
			target.addValue(status, card.status());
			target.addValue(owner, card.owner());
			target.addValue(link, path + "/" + card.key());
		}
	}

	/** Turns {@link Searchable} on an entity into an index of its own with this binder. */
	public static final class Processor implements TypeMappingAnnotationProcessor<Searchable> {

		@Override
		public void process(TypeMappingStep mapping, Searchable searchable, TypeMappingAnnotationProcessorContext context) {
			String path = searchable.path().isEmpty() ? "/" + searchable.type() : searchable.path();
			mapping.indexed().index(searchable.type());
			mapping.binder(new SearchCardBinder(searchable.type(), path, searchable.from()));
		}
	}
}
