package org.kring.system.search;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/**
 * Keeps out of the index what {@link Searchable#searchIndexed()} says nobody should find
 * (a deleted thread, a hidden post), and takes it out when it comes to that. Modules mark
 * such an entity with
 * {@code @Indexed(routingBinder = @RoutingBinderRef(type = SearchableRouting.class))}
 * beside its {@link SearchableBinder}; the answer depends on the same values.
 */
public class SearchableRouting implements RoutingBinder {

	@Override
	public void bind(RoutingBindingContext context) {
		PersistentFields.readBySearch(context.bridgedElement().rawType()).forEach(context.dependencies()::use);
		context.bridge(Searchable.class, new Bridge());
	}

	private static final class Bridge implements RoutingBridge<Searchable> {

		@Override
		public void route(DocumentRoutes routes, Object id, Searchable thing, RoutingBridgeRouteContext context) {
			if (thing.searchIndexed()) {
				routes.addRoute();
			}
			else {
				routes.notIndexed();
			}
		}

		/** It may have been in the index before, whatever it is now. */
		@Override
		public void previousRoutes(DocumentRoutes routes, Object id, Searchable thing,
				RoutingBridgeRouteContext context) {
			routes.addRoute();
		}

	}

}
