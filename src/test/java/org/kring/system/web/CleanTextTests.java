package org.kring.system.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CleanTextTests {

	@Test
	void nullStaysNull() {
		assertThat(CleanText.clean(null)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "\u0000", "\u0007", "\u0008", "\u000B", "\u000C", "\u001B", "\u007F", "\u0085", "\u009F" })
	void controlCharactersAreRemoved(String control) {
		assertThat(CleanText.clean("Sa" + control + "ra")).isEqualTo("Sara");
	}

	@Test
	void tabsAndLineBreaksAreKept() {
		assertThat(CleanText.clean("one\ttwo\r\nthree\nfour")).isEqualTo("one\ttwo\r\nthree\nfour");
	}

	@Test
	void replacementCharacterOfInvalidUtf8IsRemoved() {
		assertThat(CleanText.clean("caf\uFFFD\uFFFDé")).isEqualTo("café");
	}

	@Test
	void loneSurrogatesAreRemoved() {
		assertThat(CleanText.clean("a\uD83Db\uDE00c")).isEqualTo("abc");
	}

	@Test
	void nonCharactersAreRemoved() {
		assertThat(CleanText.clean("a\uFDD0b\uFFFEc\uFFFFd" + new String(Character.toChars(0x1FFFE)) + "e"))
			.isEqualTo("abcde");
	}

	@Test
	void emojiAreKept() {
		String text = "Bedankt 🙏🏽 voor de koffie ☕ en 👩‍👩‍👧";
		assertThat(CleanText.clean(text)).isEqualTo(text);
	}

	@Test
	void arabicIsKept() {
		String text = "مرحبًا بكم في لقاء الثلاثاء";
		assertThat(CleanText.clean(text)).isEqualTo(text);
	}

	@Test
	void textIsNormalizedToComposedForm() {
		String decomposed = "Cafe\u0301 Zoe\u0308";
		assertThat(CleanText.clean(decomposed)).isEqualTo("Café Zoë").hasSize(8);
	}

	@Test
	void ordinaryTextIsUnchanged() {
		String text = "Amira <amira@example.org> & \"Jan\" — 10% off; 'quoted'";
		assertThat(CleanText.clean(text)).isEqualTo(text);
	}

	@Test
	void oneLineCleansAndJoinsEveryRunOfWhiteSpace() {
		assertThat(CleanText.oneLine("  Huur\u0000 en\r\n\t borg \u00A0 ")).isEqualTo("Huur en borg");
		assertThat(CleanText.oneLine(null)).isEmpty();
		assertThat(CleanText.oneLine(" \n ")).isEmpty();
	}

}
