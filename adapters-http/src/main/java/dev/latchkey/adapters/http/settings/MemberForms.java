package dev.latchkey.adapters.http.settings;

import dev.latchkey.adapters.http.support.Parameters;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.user.UserId;
import dev.latchkey.domain.validation.Parsed;
import java.util.Optional;

/** Reading the fields the member forms share: a role, and the member a row's buttons name. */
final class MemberForms {

    static final String CHOOSE_A_ROLE = "Choose a role: owner, admin or member.";

    private MemberForms() {}

    static Optional<Role> role(Parameters form) {
        return form.get("role").flatMap(Role::fromWireName);
    }

    static Optional<UserId> member(Parameters form) {
        return form.get("member")
                .flatMap(value -> Parsed.of(value, UserId::new) instanceof Parsed.Valid<UserId> valid
                        ? Optional.of(valid.value())
                        : Optional.empty());
    }
}
