package org.kring.system.files;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.web.multipart.MultipartFile;

/**
 * The files of a form, without the empty part a browser sends when none was chosen.
 */
public final class Uploads {

	private Uploads() {
	}

	/**
	 * The files a form's field carried.
	 * @param files the field's parts, or null when it was missing
	 * @return the chosen files, in order
	 */
	public static List<Upload> of(@Nullable List<MultipartFile> files) {
		if (files == null) {
			return List.of();
		}
		return files.stream()
			.filter((file) -> !file.isEmpty()
					|| (file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank()))
			.map((file) -> new Upload((file.getOriginalFilename() != null) ? file.getOriginalFilename() : "",
					file.getSize(), file::getInputStream))
			.toList();
	}

}
