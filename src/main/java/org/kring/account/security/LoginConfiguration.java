package org.kring.account.security;

import org.kring.system.security.SecurityRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * How people log in: our own login page, the throttle in front of it, one answer for
 * every wrong combination, the session that links and password resets log into, and the
 * profile pages only for someone logged in. Public so that {@code @WebMvcTest} slices of
 * the account pages can import it.
 */
@Configuration(proxyBeanMethods = false)
public class LoginConfiguration {

	public static final String LOGIN_PAGE = "/login";

	public static final String AFTER_LOGIN = "/account";

	static final String AFTER_LOGOUT = "/?loggedOut";

	/**
	 * Checks the password before anything else, so that only someone who knows it learns
	 * that an address is still unverified; an unknown address costs as much time as a
	 * known one.
	 */
	static AuthenticationManager authenticationManager(PersonDetailsService people, PasswordEncoder passwordEncoder) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(people);
		provider.setPasswordEncoder(passwordEncoder);
		provider.setPreAuthenticationChecks((person) -> {
		});
		provider.setPostAuthenticationChecks((person) -> {
			if (!person.isEnabled()) {
				throw new DisabledException("The address is not verified yet");
			}
		});
		provider.afterPropertiesSet();
		return new ProviderManager(provider);
	}

	/**
	 * Where the chain keeps the signed-in person: in the request and in the (JDBC)
	 * session. The same repository saves the logins made through e-mail links.
	 */
	@Bean
	SecurityContextRepository securityContextRepository() {
		return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
				new HttpSessionSecurityContextRepository());
	}

	@Bean
	SecurityRules loginSecurityRules(PersonDetailsService people, PasswordEncoder passwordEncoder,
			LoginThrottle throttle, SecurityContextRepository securityContextRepository) {
		return (http) -> {
			SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler();
			success.setDefaultTargetUrl(AFTER_LOGIN);
			http.authorizeHttpRequests(
					(requests) -> requests.requestMatchers("/account", "/account/**").authenticated())
				.authenticationManager(authenticationManager(people, passwordEncoder))
				.securityContext((context) -> context.securityContextRepository(securityContextRepository))
				.formLogin((login) -> login.loginPage(LOGIN_PAGE)
					.loginProcessingUrl(LOGIN_PAGE)
					.usernameParameter(LoginFailureHandler.EMAIL)
					.passwordParameter("password")
					.successHandler(success)
					.failureHandler(new LoginFailureHandler(throttle))
					.permitAll())
				.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl(AFTER_LOGOUT).permitAll())
				.exceptionHandling((exceptions) -> exceptions.defaultAuthenticationEntryPointFor(
						new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE), AnyRequestMatcher.INSTANCE))
				.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
		};
	}

}
