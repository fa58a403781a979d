package org.kring.system.web;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;

import org.springframework.beans.MutablePropertyValues;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

import static org.assertj.core.api.Assertions.assertThat;

class FormErrorsTests {

	private static final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

	@Test
	void noProblemsMeansNone() {
		FormErrors errors = FormErrors.of(new BeanPropertyBindingResult(new Form(), "form"));
		assertThat(errors.any()).isFalse();
		assertThat(errors.of("name")).isNull();
		assertThat(errors.asMap()).isEmpty();
		assertThat(FormErrors.none().any()).isFalse();
	}

	@Test
	void constraintMessageIsTheMessageKey() {
		Form form = new Form();
		form.setName(" ");
		FormErrors errors = FormErrors.of(validate(form));
		assertThat(errors.any()).isTrue();
		assertThat(errors.has("name")).isTrue();
		assertThat(errors.of("name")).isEqualTo("test.name.required");
	}

	@Test
	void constraintWithoutOwnMessageFallsBackToItsCode() {
		Form form = new Form();
		form.setName("Robin");
		form.setNickname("x".repeat(81));
		assertThat(FormErrors.of(validate(form)).of("nickname")).isEqualTo("Size");
	}

	@Test
	void rejectedValueGivesItsCode() {
		BindingResult result = new BeanPropertyBindingResult(new Form(), "form");
		result.rejectValue("email", "account.email.taken");
		assertThat(FormErrors.of(result).of("email")).isEqualTo("account.email.taken");
	}

	@Test
	void valueThatCannotBeConvertedIsInvalid() {
		DataBinder binder = new DataBinder(new Form(), "form");
		binder.bind(new MutablePropertyValues().add("age", "twelve"));
		assertThat(FormErrors.of(binder.getBindingResult()).of("age")).isEqualTo("form.invalid");
	}

	@Test
	void firstProblemOfAFieldIsTheOneShown() {
		BindingResult result = new BeanPropertyBindingResult(new Form(), "form");
		result.rejectValue("email", "account.email.required");
		result.rejectValue("email", "account.email.malformed");
		assertThat(FormErrors.of(result).of("email")).isEqualTo("account.email.required");
	}

	@Test
	void problemWithTheWholeFormIsKeptApart() {
		BindingResult result = new BeanPropertyBindingResult(new Form(), "form");
		result.reject("account.login.failed");
		FormErrors errors = FormErrors.of(result);
		assertThat(errors.of(FormErrors.FORM)).isEqualTo("account.login.failed");
		assertThat(errors.asMap()).containsOnlyKeys(FormErrors.FORM);
	}

	@Test
	void everyFieldKeepsItsOwnProblem() {
		Form form = new Form();
		form.setName("");
		form.setEmail("not an address");
		FormErrors errors = FormErrors.of(validate(form));
		assertThat(errors.asMap()).containsEntry("name", "test.name.required")
			.containsEntry("email", "test.email.malformed")
			.hasSize(2);
	}

	private static BindingResult validate(Form form) {
		BindingResult result = new BeanPropertyBindingResult(form, "form");
		new SpringValidatorAdapter(validator).validate(form, result);
		return result;
	}

	public static class Form {

		@NotBlank(message = "test.name.required")
		private String name;

		@Size(max = 80)
		private String nickname;

		@Email(message = "test.email.malformed")
		private String email;

		private int age;

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getNickname() {
			return this.nickname;
		}

		public void setNickname(String nickname) {
			this.nickname = nickname;
		}

		public String getEmail() {
			return this.email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

		public int getAge() {
			return this.age;
		}

		public void setAge(int age) {
			this.age = age;
		}

	}

}
