package org.kring.expertise.catalogue;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The administrators' overview of both catalogues.
 *
 * @param sections the fields, then the qualifications
 * @param languages the interface languages, English first, as tags
 */
public record CataloguePage(List<Section> sections, List<String> languages) {

	/**
	 * The message key of a language's name.
	 * @param language a tag such as {@code nl}
	 * @return the key
	 */
	public static String languageName(String language) {
		return "catalogue.language." + language;
	}

	/**
	 * One catalogue.
	 *
	 * @param path its address part, {@code fields} or {@code qualifications}
	 * @param entries its entries in order, in use and retired
	 */
	public record Section(String path, List<Entry> entries) {

		public String heading() {
			return "catalogue." + this.path;
		}

		public String add() {
			return "catalogue." + this.path + ".add";
		}

		public String caption() {
			return "catalogue." + this.path + ".caption";
		}

	}

	/**
	 * One field or qualification.
	 *
	 * @param code its code
	 * @param names its name per language, in the order of the page's languages; null
	 * where none was written
	 * @param retired whether it is out of use
	 */
	public record Entry(String code, List<@Nullable String> names, boolean retired) {

		/**
		 * @return its English name, which every entry has
		 */
		public String name() {
			String english = this.names.get(0);
			return (english != null) ? english : this.code;
		}

	}

}
