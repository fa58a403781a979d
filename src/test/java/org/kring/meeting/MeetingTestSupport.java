package org.kring.meeting;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.kring.account.AccountManagement;
import org.kring.account.InstanceRole;
import org.kring.browser.TestMail;
import org.kring.meeting.internal.Meetings;
import org.kring.system.FormPosts;
import org.kring.system.SystemTest;
import org.kring.system.TestPrincipal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The whole application against the test database, with mail caught by the test mail
 * server: for the meeting module's page, flow and authorization tests. Whatever a test
 * adds through {@link #fixtures} is deleted after it.
 */
@SystemTest
public abstract class MeetingTestSupport {

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected AccountManagement accounts;

	@Autowired
	protected JdbcTemplate jdbc;

	@Autowired
	protected Meetings meetings;

	protected MeetingFixtures fixtures;

	@DynamicPropertySource
	static void catchMail(DynamicPropertyRegistry registry) {
		TestMail.register(registry);
	}

	@BeforeEach
	void fixtures() {
		this.fixtures = new MeetingFixtures(this.jdbc, this.accounts, this.meetings);
	}

	@AfterEach
	void deleteWhatWasAdded() {
		this.fixtures.deleteAll();
	}

	protected TestPrincipal member(String name) {
		return this.fixtures.member(name);
	}

	protected TestPrincipal administrator(String name) {
		return this.fixtures.person(name, InstanceRole.ADMINISTRATOR, java.util.Locale.ENGLISH);
	}

	protected TestPrincipal coordinator(String name) {
		return this.fixtures.person(name, InstanceRole.COORDINATOR, java.util.Locale.ENGLISH);
	}

	protected UUID community(String visibility, TestPrincipal facilitator, TestPrincipal... members) {
		return this.fixtures.community(visibility, facilitator, members);
	}

	protected ResultActions get(String path, @Nullable TestPrincipal who) throws Exception {
		return this.mvc.perform(as(MockMvcRequestBuilders.get(path), who));
	}

	/** Posts a form as a browser does: with the form token of a page and its cookie. */
	protected ResultActions post(String path, @Nullable TestPrincipal who, String... params) throws Exception {
		return this.mvc.perform(tokened(MockMvcRequestBuilders.post(path), who, params));
	}

	private <B extends AbstractMockHttpServletRequestBuilder<B>> B tokened(B request, @Nullable TestPrincipal who,
			String... params) throws Exception {
		return FormPosts.tokened(this.mvc, request, who, params);
	}

	protected static <B extends AbstractMockHttpServletRequestBuilder<B>> B as(B request, @Nullable TestPrincipal who) {
		return FormPosts.as(request, who);
	}

}
