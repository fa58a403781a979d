package org.kring.account.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.kring.account.internal.AccountConfiguration;
import org.kring.account.internal.PasswordPolicy;
import org.kring.account.security.LoginConfiguration;
import org.kring.system.security.WebSliceConfiguration;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;

/**
 * A web slice of the account pages with the real security filter chain, the login
 * configuration and the password policy; the services behind the pages are mocked by each
 * test class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest({ SignUpController.class, LoginController.class, PasswordController.class })
@Import({ WebSliceConfiguration.class, AccountConfiguration.class, LoginConfiguration.class, PasswordPolicy.class })
@interface AccountWebSlice {

}
