package org.kring.system.search;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;

/**
 * The names of an entity's persistent fields: those of the entity and its mapped
 * superclasses that are neither static, transient nor marked {@link Transient}.
 */
final class PersistentFields {

	private PersistentFields() {
	}

	/**
	 * What a {@link Searchable}'s answers read: its persistent fields and the paths
	 * {@link SearchableAlsoReads} names.
	 */
	static List<String> readBySearch(Class<?> entity) {
		List<String> paths = new ArrayList<>(of(entity));
		SearchableAlsoReads alsoReads = entity.getAnnotation(SearchableAlsoReads.class);
		if (alsoReads != null) {
			paths.addAll(Arrays.asList(alsoReads.value()));
		}
		return paths;
	}

	static List<String> of(Class<?> entity) {
		List<String> names = new ArrayList<>();
		for (Class<?> type = entity; type != null && type != Object.class; type = type.getSuperclass()) {
			if (!type.isAnnotationPresent(Entity.class) && !type.isAnnotationPresent(MappedSuperclass.class)) {
				continue;
			}
			Arrays.stream(type.getDeclaredFields())
				.filter(PersistentFields::persistent)
				.map(Field::getName)
				.forEach(names::add);
		}
		return names;
	}

	private static boolean persistent(Field field) {
		int modifiers = field.getModifiers();
		return !Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic()
				&& !field.isAnnotationPresent(Transient.class);
	}

}
