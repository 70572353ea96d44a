package org.probity.shared.search;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.TypeMapping;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.TypeMappingAnnotationProcessorRef;

/**
 * Puts an entity in the one search: indexed as {@link #type()} with the common fields of {@link SearchFields},
 * filled from its {@link HasSearchCard#searchCard()}. Hibernate Search re-indexes the entity when one of the
 * properties named in {@link #from()} changes, so name every property the card is made of.
 *
 * <pre>
 * &#64;Searchable(type = "petitions", from = { "reference", "content", "status", "scopePath", "receivedOn" })
 * class Petition implements HasSearchCard { ... }
 * </pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@TypeMapping(processor = @TypeMappingAnnotationProcessorRef(type = SearchCardBinder.Processor.class))
public @interface Searchable {

	/** The index and the type of hit, such as {@code petitions}; also the dataset re-indexed after its CSV import. */
	String type();

	/** The entity properties the card is made of. */
	String[] from();

	/** Where a hit links to, before its key; {@code "/" + type} when empty. */
	String path() default "";
}
