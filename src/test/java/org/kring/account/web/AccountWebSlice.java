package org.kring.account.web;

import org.kring.account.internal.AccountConfiguration;
import org.kring.account.internal.LoginLinks;
import org.kring.account.internal.PasswordPolicy;
import org.kring.account.internal.Passwords;
import org.kring.account.internal.SignUps;
import org.kring.account.security.LoginConfiguration;
import org.kring.account.security.LoginThrottle;
import org.kring.account.security.PersonDetailsService;
import org.kring.account.security.SessionLogin;
import org.kring.account.security.SignedInSessions;
import org.kring.system.security.WebSliceConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A web slice of the sign-up, login and password pages with the real security filter
 * chain, the login configuration and the password policy; the services behind the pages
 * are mocks. The test classes that extend it share one context.
 */
@WebMvcTest({ SignUpController.class, LoginController.class, PasswordController.class })
@Import({ WebSliceConfiguration.class, AccountConfiguration.class, LoginConfiguration.class, PasswordPolicy.class })
abstract class AccountWebSlice {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	SignUps signUps;

	@MockitoBean
	Passwords passwords;

	@MockitoBean
	LoginLinks loginLinks;

	@MockitoBean
	SessionLogin sessionLogin;

	@MockitoBean
	LoginThrottle throttle;

	@MockitoBean
	PersonDetailsService personDetails;

	@MockitoBean
	SignedInSessions signedInSessions;

}
