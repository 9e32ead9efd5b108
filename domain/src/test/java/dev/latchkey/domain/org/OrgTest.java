package dev.latchkey.domain.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Organizations, their names and the {@code org_role} claim values. */
final class OrgTest {

    @Test
    void wireNameWhenReadThenLowercase() {
        assertThat(Role.OWNER.wireName()).isEqualTo("owner");
        assertThat(Role.ADMIN.wireName()).isEqualTo("admin");
        assertThat(Role.MEMBER.wireName()).isEqualTo("member");
    }

    @Test
    void mayAdministerWhenOwnerOrAdminThenTrueAndWhenMemberThenFalse() {
        assertThat(Role.OWNER.mayAdminister()).isTrue();
        assertThat(Role.ADMIN.mayAdminister()).isTrue();
        assertThat(Role.MEMBER.mayAdminister()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void fromWireNameWhenOwnWireNameThenRoundTrips(Role role) {
        assertThat(Role.fromWireName(role.wireName())).contains(role);
    }

    @ParameterizedTest
    @ValueSource(strings = {"OWNER", "Owner", "guest", ""})
    void fromWireNameWhenNotAnExactWireNameThenEmpty(String name) {
        assertThat(Role.fromWireName(name)).isEmpty();
    }

    @Test
    void orgNameParseWhenTypedWithCaseAndSpacesThenLowercasedAndStripped() {
        assertThat(OrgName.parse("  Acme-Corp.EU ")).isEqualTo(new OrgName("acme-corp.eu"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Acme", "-acme", ".acme", "acme corp", "acme/corp", "\u00e6bler"})
    void orgNameWhenNotLowercaseSlugThenRefused(String name) {
        assertThatIllegalArgumentException().isThrownBy(() -> new OrgName(name));
    }

    @Test
    void orgNameWhen64CharactersThenAcceptedAnd65Refused() {
        assertThat(new OrgName("a".repeat(64)).value()).hasSize(64);
        assertThatIllegalArgumentException().isThrownBy(() -> new OrgName("a".repeat(65)));
    }

    @Test
    void orgIdWhenOver64CharactersThenRefused() {
        assertThat(new OrgId("o".repeat(64))).hasToString("o".repeat(64));
        assertThatIllegalArgumentException().isThrownBy(() -> new OrgId("o".repeat(65)));
    }
}
