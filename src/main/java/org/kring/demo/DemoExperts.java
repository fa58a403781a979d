package org.kring.demo;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The fictional experts of the demo and where each stands in the recruitment of the women
 * newcomers community of practice, whose five partners are the columns of the demo
 * coverage matrix. Huis van de Nieuwkomer covers every field, Kennisinstituut Dijkhaven
 * and Maison des Passerelles some, Brückenwerk Leipzig one, and Rete Accoglienza Diffusa
 * one expert on two fields with more candidates in the pipeline, so the matrix shows full
 * and empty cells. The first five are demo people who already have an account
 * ({@link DemoPeople}); the others get one with the demo password.
 */
public final class DemoExperts {

	/** The community whose recruitment and coverage the demo shows. */
	public static final String COMMUNITY = CommunityDemoData.MARKER;

	/** Every demo expert. */
	public static final List<DemoExpert> ALL = List.of(
			expert("Hanne Lievens", "hanne.lievens@kring.example", "Huis van de Nieuwkomer", Stage.ACTIVE,
					Map.of("social-protection", 12, "housing-income", 8), List.of("nl", "en", "fr"), Set.of("BE"),
					Set.of("migration-expertise", "english", "government-partners"),
					Set.of("GUEST_SPEAKER", "REVIEWER"), "EVERYONE"),
			expert("Samuel Okonkwo-Reyes", "samuel.okonkwo@kring.example", "Kennisinstituut Dijkhaven", Stage.ACTIVE,
					Map.of("labour-market", 15, "education", 6), List.of("en", "nl", "es"), Set.of("NL", "BE", "ES"),
					Set.of("migration-expertise", "english", "eu-projects", "quality-assessment"),
					Set.of("REVIEWER", "ADVISORY_INPUT"), "EVERYONE"),
			expert("Greet Van Hoorebeke", "greet.vanhoorebeke@kring.example", "Huis van de Nieuwkomer", Stage.ACTIVE,
					Map.of("health-care", 20), List.of("nl", "fr"), Set.of("BE"), Set.of("government-partners"),
					Set.of("CHALLENGE_MENTOR"), "COMMUNITIES"),
			expert("Lene Brandvold", "lene.brandvold@kring.example", "Brückenwerk Leipzig", Stage.ACTIVE,
					Map.of("education", 9), List.of("en", "de", "no"), Set.of("DE", "NO"),
					Set.of("english", "eu-projects"), Set.of("GUEST_SPEAKER", "CHALLENGE_MENTOR"), "EVERYONE"),
			expert("Chiara Montefalco", "chiara.montefalco@kring.example", "Rete Accoglienza Diffusa", Stage.ACTIVE,
					Map.of("housing-income", 11, "social-protection", 4), List.of("it", "en"), Set.of("IT"),
					Set.of("migration-expertise", "english"), Set.of("ADVISORY_INPUT"), "COMMUNITIES"),
			expert("Ilse Vandermeersch", "ilse.vandermeersch@kring.example", "Huis van de Nieuwkomer", Stage.ACTIVE,
					Map.of("labour-market", 7, "education", 5), List.of("nl", "en"), Set.of("BE", "NL"),
					Set.of("english", "eu-projects"), Set.of("REVIEWER"), "EVERYONE"),
			expert("Rachid El Ouardi", "rachid.elouardi@kring.example", "Huis van de Nieuwkomer", Stage.ACTIVE,
					Map.of("housing-income", 3, "social-protection", 6), List.of("ar", "nl", "fr"), Set.of("BE", "MA"),
					Set.of("migration-expertise"), Set.of("GUEST_SPEAKER"), "COORDINATORS"),
			expert("Femke Hoogeveen", "femke.hoogeveen@kring.example", "Kennisinstituut Dijkhaven", Stage.ACTIVE,
					Map.of("health-care", 10), List.of("nl", "en", "de"), Set.of("NL"),
					Set.of("quality-assessment", "english"), Set.of("REVIEWER", "ADVISORY_INPUT"), "EVERYONE"),
			expert("Joost Terpstra", "joost.terpstra@kring.example", "Kennisinstituut Dijkhaven", Stage.ACTIVE,
					Map.of("education", 18, "labour-market", 2), List.of("nl", "en", "fy"), Set.of("NL"),
					Set.of("english", "eu-projects", "government-partners"), Set.of("ADVISORY_INPUT"), "COMMUNITIES"),
			expert("Amandine Rocher", "amandine.rocher@kring.example", "Maison des Passerelles", Stage.ACTIVE,
					Map.of("education", 13, "social-protection", 9), List.of("fr", "en", "ar"), Set.of("FR"),
					Set.of("migration-expertise", "english"), Set.of("GUEST_SPEAKER", "CHALLENGE_MENTOR"), "EVERYONE"),
			expert("Noura Benslimane", "noura.benslimane@kring.example", "Maison des Passerelles", Stage.ACTIVE,
					Map.of("health-care", 6), List.of("fr", "ar", "ber"), Set.of("FR", "DZ"),
					Set.of("migration-expertise"), Set.of("REVIEWER"), "COMMUNITIES"),
			expert("Thibault Garnier", "thibault.garnier@kring.example", "Maison des Passerelles", Stage.ALUMNI,
					Map.of("labour-market", 22), List.of("fr"), Set.of("FR"), Set.of("government-partners"), Set.of(),
					"COORDINATORS"),
			expert("Katrin Vogelsang", "katrin.vogelsang@kring.example", "Brückenwerk Leipzig", Stage.NOMINATED,
					Map.of("labour-market", 5, "housing-income", 5), List.of("de", "en", "ru"), Set.of("DE"),
					Set.of("english"), Set.of("GUEST_SPEAKER"), "EVERYONE"),
			expert("Omid Rahimi", "omid.rahimi@kring.example", "Brückenwerk Leipzig", Stage.DECLINED,
					Map.of("social-protection", 8), List.of("fa", "de", "en"), Set.of("DE", "AT"),
					Set.of("migration-expertise", "english"), Set.of("CHALLENGE_MENTOR"), "COMMUNITIES"),
			expert("Giulia Ferraresi", "giulia.ferraresi@kring.example", "Rete Accoglienza Diffusa", Stage.NOMINATED,
					Map.of("health-care", 14), List.of("it", "en", "es"), Set.of("IT", "ES"),
					Set.of("english", "quality-assessment"), Set.of("REVIEWER"), "EVERYONE"),
			expert("Matteo Lanzoni", "matteo.lanzoni@kring.example", "Rete Accoglienza Diffusa", Stage.INVITED,
					Map.of("housing-income", 25), List.of("it"), Set.of("IT"), Set.of("government-partners"),
					Set.of("ADVISORY_INPUT"), "EVERYONE"),
			expert("Sofia Karagianni", "sofia.karagianni@kring.example", null, null,
					Map.of("social-protection", 16, "health-care", 7), List.of("el", "en", "fr"), Set.of("GR", "BE"),
					Set.of("migration-expertise", "english", "eu-projects"),
					Set.of("GUEST_SPEAKER", "REVIEWER", "ADVISORY_INPUT"), "EVERYONE"),
			expert("Bogdan Ionescu", "bogdan.ionescu@kring.example", "Werkplaats Oost", null,
					Map.of("labour-market", 11), List.of("ro", "nl", "en"), Set.of("NL", "RO"), Set.of("english"),
					Set.of("CHALLENGE_MENTOR"), "COMMUNITIES"),
			expert("Leila Haddad", "leila.haddad@kring.example", "Santé Sans Frontières Locales", null,
					Map.of("health-care", 19), List.of("fr", "ar"), Set.of("FR", "LB"),
					Set.of("migration-expertise", "quality-assessment"), Set.of("REVIEWER"), "COORDINATORS"),
			expert("Pieter-Jan Maes", "pieterjan.maes@kring.example", "Provincie Scheldeland", null,
					Map.of("education", 4), List.of("nl", "en"), Set.of("BE"), Set.of("government-partners"),
					Set.of("ADVISORY_INPUT"), "EVERYONE"));

	private DemoExperts() {
	}

	private static DemoExpert expert(String name, String email, @Nullable String organisation, @Nullable Stage stage,
			Map<String, Integer> yearsPerField, List<String> languages, Set<String> countries,
			Set<String> qualifications, Set<String> availability, String visibility) {
		return new DemoExpert(name, email, organisation, stage, yearsPerField,
				Collections.unmodifiableSet(new LinkedHashSet<>(languages)), countries, qualifications, availability,
				visibility);
	}

	/**
	 * Where a demo expert stands in the recruitment of {@link #COMMUNITY}, nominated for
	 * the fields of their profile and for their organisation.
	 */
	public enum Stage {

		NOMINATED, INVITED, DECLINED, ACTIVE, ALUMNI

	}

	/**
	 * One demo expert.
	 *
	 * @param displayName the name shown
	 * @param email the login
	 * @param organisation the name of a demo organisation, or null for an independent
	 * @param stage where they stand in the demo community's recruitment, or null when not
	 * nominated
	 * @param yearsPerField years of experience per expertise field code
	 * @param languages ISO 639 codes of the languages spoken, their main language first
	 * @param countries ISO 3166 codes of the countries of experience
	 * @param qualifications qualification codes
	 * @param availability the kinds of work they are available for
	 * @param visibility who may see the profile: EVERYONE, COMMUNITIES or COORDINATORS
	 */
	public record DemoExpert(String displayName, String email, @Nullable String organisation, @Nullable Stage stage,
			Map<String, Integer> yearsPerField, Set<String> languages, Set<String> countries,
			Set<String> qualifications, Set<String> availability, String visibility) {

		/**
		 * Whether this expert already has a demo account.
		 * @return true for the experts of {@link DemoPeople}
		 */
		public boolean hasDemoAccount() {
			return DemoPeople.ALL.stream().anyMatch((person) -> person.email().equals(this.email));
		}

	}

}
