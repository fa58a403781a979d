package org.kring.demo;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.kring.account.InstanceRole;

/**
 * The fictional people of the demo: enough for two communities, each with a facilitator,
 * a coordinator across both, experts and members, some known by a nickname only, in the
 * four interface languages. They all share one password, written in the README.
 */
public final class DemoPeople {

	/** The password of every demo account. */
	public static final String PASSWORD = "lantern-harbour-quince-42";

	/** The demo administrator, whose presence marks the demo data as loaded. */
	public static final String ADMINISTRATOR = "admin@kring.example";

	/** Everyone, the administrator first (and created last). */
	public static final List<DemoPerson> ALL = List.of(
			new DemoPerson("Mirte Oosterbaan", ADMINISTRATOR, "nl", Role.ADMINISTRATOR),
			new DemoPerson("Jonas Verhelst", "jonas.verhelst@kring.example", "nl", Role.COORDINATOR),
			new DemoPerson("Claire Dubosquet", "claire.dubosquet@kring.example", "fr", Role.FACILITATOR),
			new DemoPerson("Tariq Benhaddou", "tariq.benhaddou@kring.example", "ar", Role.FACILITATOR),
			new DemoPerson("Hanne Lievens", "hanne.lievens@kring.example", "nl", Role.EXPERT),
			new DemoPerson("Samuel Okonkwo-Reyes", "samuel.okonkwo@kring.example", "en", Role.EXPERT),
			new DemoPerson("Greet Van Hoorebeke", "greet.vanhoorebeke@kring.example", "nl", Role.EXPERT),
			new DemoPerson("Lene Brandvold", "lene.brandvold@kring.example", "en", Role.EXPERT),
			new DemoPerson("Chiara Montefalco", "chiara.montefalco@kring.example", "en", Role.EXPERT),
			new DemoPerson("Zilverreiger", "zilverreiger@kring.example", "nl", Role.MEMBER),
			new DemoPerson("Kestrel", "kestrel@kring.example", "en", Role.MEMBER),
			new DemoPerson("Amal K.", "amal.k@kring.example", "ar", Role.MEMBER),
			new DemoPerson("Petra Lindqvist", "petra.lindqvist@kring.example", "en", Role.MEMBER),
			new DemoPerson("Youssef Ait Lahcen", "youssef.aitlahcen@kring.example", "fr", Role.MEMBER),
			new DemoPerson("Marie-Lou Devillers", "marielou.devillers@kring.example", "fr", Role.MEMBER),
			new DemoPerson("Bramble", "bramble@kring.example", null, Role.MEMBER),
			new DemoPerson("Dalia Haroun", "dalia.haroun@kring.example", "ar", Role.MEMBER),
			new DemoPerson("Wout Claeskens", "wout.claeskens@kring.example", "nl", Role.MEMBER));

	private DemoPeople() {
	}

	/**
	 * What a demo person is in the demo: an instance role for the administrator and the
	 * coordinator, the role they mostly hold in the demo communities for the others.
	 */
	public enum Role {

		ADMINISTRATOR, COORDINATOR, FACILITATOR, EXPERT, MEMBER;

		/**
		 * The role on the whole instance that goes with this demo role.
		 * @return administrator, coordinator, or member for everyone else
		 */
		public InstanceRole onInstance() {
			return switch (this) {
				case ADMINISTRATOR -> InstanceRole.ADMINISTRATOR;
				case COORDINATOR -> InstanceRole.COORDINATOR;
				default -> InstanceRole.MEMBER;
			};
		}

	}

	/**
	 * One demo person.
	 *
	 * @param displayName the name shown, a nickname for some
	 * @param email the login
	 * @param language the preferred language's tag, or null for the browser's
	 * @param role what the person is meant to be in the demo
	 */
	public record DemoPerson(String displayName, String email, @Nullable String language, Role role) {

		public @Nullable Locale locale() {
			return (this.language != null) ? Locale.forLanguageTag(this.language) : null;
		}

	}

}
