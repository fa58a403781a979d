package org.kring.search.internal;

/**
 * Whether two words are one typo apart: a letter added, left out or changed, or two
 * neighbours swapped, as the search forgives in longer words.
 */
final class Typos {

	private Typos() {
	}

	/**
	 * Whether two words differ by at most one added, removed or changed character, or by
	 * two neighbouring characters swapped.
	 * @param a a word
	 * @param b another
	 * @return true when they are equal or one edit apart
	 */
	static boolean oneApart(String a, String b) {
		if (Math.abs(a.length() - b.length()) > 1) {
			return false;
		}
		String shorter = (a.length() <= b.length()) ? a : b;
		String longer = (shorter == a) ? b : a;
		int i = 0;
		while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
			i++;
		}
		if (i == shorter.length()) {
			return true;
		}
		if (shorter.length() < longer.length()) {
			return shorter.regionMatches(i, longer, i + 1, shorter.length() - i);
		}
		boolean swapped = i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
				&& a.regionMatches(i + 2, b, i + 2, a.length() - i - 2);
		return swapped || a.regionMatches(i + 1, b, i + 1, a.length() - i - 1);
	}

}
