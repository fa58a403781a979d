package org.kring.account.web;

import org.jspecify.annotations.Nullable;
import org.kring.account.internal.PersonalDataExport;
import org.kring.account.security.SignedInPerson;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The download of everything Kring holds about the signed-in person, as one JSON file.
 */
@Controller
class PersonalDataController {

	private final PersonalDataExport export;

	private final JsonMapper json;

	PersonalDataController(PersonalDataExport export, JsonMapper json) {
		this.export = export;
		this.json = json;
	}

	@GetMapping("/account/export")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal @Nullable SignedInPerson me) {
		if (me == null) {
			throw new AccessDeniedException("Not signed in as a person");
		}
		byte[] body = this.json.writerWithDefaultPrettyPrinter().writeValueAsBytes(this.export.of(me.id()));
		ContentDisposition attachment = ContentDisposition.attachment().filename(this.export.fileName()).build();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment.toString())
			.body(body);
	}

}
