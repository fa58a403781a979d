package org.kring.community.web;

import java.util.HashMap;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kring.community.internal.CommunityDescription;
import org.kring.community.internal.Place;

import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

class CommunityFormsTests {

	@Test
	void aPlaceIsACountryCodeOptionallyFollowedByASeparatorAndARegion() {
		CommunityDescription description = describe("BE Oost-Vlaanderen\nNL\nnl: Utrecht\nfr, Bretagne\nDE – Berlin",
				new MapBindingResult(new HashMap<>(), "form"));
		assertThat(description).isNotNull();
		assertThat(description.places()).containsExactlyInAnyOrder(new Place("BE", "Oost-Vlaanderen"),
				Place.country("NL"), new Place("NL", "Utrecht"), new Place("FR", "Bretagne"),
				new Place("DE", "Berlin"));
	}

	@Test
	void aCountrysNameIsNoCodeAndIsToldNextToTheField() {
		for (String typed : new String[] { "Belgium", "Germany", "NL\nBelgium" }) {
			BindingResult result = new MapBindingResult(new HashMap<>(), "form");
			assertThat(describe(typed, result)).as(typed).isNull();
			assertThat(result.getFieldError("places")).as(typed).isNotNull();
			assertThat(result.getFieldError("places").getCode()).isEqualTo("community.places.invalid");
		}
	}

	private static CommunityDescription describe(String places, BindingResult result) {
		CommunityForm form = new CommunityForm("Network", "network", "LEARNING_NETWORK", "PUBLIC", "ON_APPROVAL", "nl",
				"Mensen zonder wettig verblijf", "Maaksessies", "housing", places, "nl", null, List.of(), null);
		return CommunityForms.describe(form, result);
	}

}
