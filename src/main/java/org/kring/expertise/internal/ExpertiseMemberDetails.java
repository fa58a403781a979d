package org.kring.expertise.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.kring.community.MemberDetails;
import org.kring.expertise.ExpertiseFields;
import org.kring.expertise.FieldLabel;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The expertise column of a community's members list: the fields of each member's expert
 * profile, most years first, named in the reader's language. Only profiles their owners
 * show to everyone or to the members of their communities appear: the list's readers are
 * fellow members.
 */
@Component
class ExpertiseMemberDetails implements MemberDetails {

	private final ProfileStore store;

	private final ExpertiseFields fields;

	ExpertiseMemberDetails(ProfileStore store, ExpertiseFields fields) {
		this.store = store;
		this.fields = fields;
	}

	@Override
	public Kind kind() {
		return Kind.EXPERTISE;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, String> of(Collection<UUID> personIds) {
		Map<UUID, String> shown = new LinkedHashMap<>();
		this.store.fieldsShownToMembers(personIds).forEach((person, codes) -> {
			String names = codes.stream()
				.map((code) -> this.fields.find(code, LocaleContextHolder.getLocale())
					.map(FieldLabel::name)
					.orElse(null))
				.filter(Objects::nonNull)
				.collect(Collectors.joining(", "));
			if (!names.isEmpty()) {
				shown.put(person, names);
			}
		});
		return shown;
	}

}
