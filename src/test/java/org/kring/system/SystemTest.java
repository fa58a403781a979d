package org.kring.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port, as production runs it, with MockMvc beside it
 * and {@link TestOnlyPages} added. Every test class that carries it shares one
 * application context.
 * <p>
 * Post forms with the form token a page hands out (its hidden field and the
 * {@code KRING_CSRF} cookie), not with Spring Security's {@code csrf()} request
 * post-processor: that one replaces the token repository of the shared context for every
 * later test, which then sees a different form-token mechanism than production.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import({ TestOnlyPages.class, HttpClientConfiguration.class })
@Tag("database")
public @interface SystemTest {

}
