package org.kring.expertise.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A community, nomination or pipeline that does not exist for the person asking: an
 * unknown one, or one they may not see, which answers the same 404 so that secret
 * communities never leak.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RecruitmentNotFound extends RuntimeException {

	public RecruitmentNotFound() {
		super("No such recruitment");
	}

}
