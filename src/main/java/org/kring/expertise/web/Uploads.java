package org.kring.expertise.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kring.expertise.internal.Upload;

import org.springframework.web.multipart.MultipartFile;

/**
 * The files of a form, without the empty part a browser sends when none was chosen.
 */
final class Uploads {

	private Uploads() {
	}

	static List<Upload> of(@Nullable List<MultipartFile> files) {
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
