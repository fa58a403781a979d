package org.kring.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A signed-in person for web tests of any module, without an account behind it: the same
 * principal type and authorities a real login gives.
 *
 * @param id the person's id
 * @param displayName the name to greet them by
 * @param preferredLanguage their chosen language, or null for the browser's
 * @param administrator whether they administer the instance
 * @param coordinator whether they coordinate communities
 */
public record TestPrincipal(UUID id, String displayName, @Nullable Locale preferredLanguage, boolean administrator,
		boolean coordinator) implements KringPrincipal {

	public static TestPrincipal member(String displayName) {
		return new TestPrincipal(UUID.randomUUID(), displayName, null, false, false);
	}

	public static TestPrincipal member(UUID id, String displayName) {
		return new TestPrincipal(id, displayName, null, false, false);
	}

	public static TestPrincipal coordinator(String displayName) {
		return new TestPrincipal(UUID.randomUUID(), displayName, null, false, true);
	}

	public static TestPrincipal administrator(String displayName) {
		return new TestPrincipal(UUID.randomUUID(), displayName, null, true, false);
	}

	public TestPrincipal speaking(@Nullable Locale language) {
		return new TestPrincipal(this.id, this.displayName, language, this.administrator, this.coordinator);
	}

	/**
	 * The authentication a login of this person makes.
	 * @return an authenticated token with the person's authorities
	 */
	public Authentication authentication() {
		List<SimpleGrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("ROLE_MEMBER"));
		if (this.coordinator) {
			authorities.add(new SimpleGrantedAuthority("ROLE_COORDINATOR"));
		}
		if (this.administrator) {
			authorities.add(new SimpleGrantedAuthority("ROLE_ADMIN"));
		}
		return UsernamePasswordAuthenticationToken.authenticated(this, null, authorities);
	}

	/**
	 * Signs this person in for one MockMvc request.
	 * @return the request post-processor
	 */
	public RequestPostProcessor signedIn() {
		return SecurityMockMvcRequestPostProcessors.authentication(authentication());
	}

}
