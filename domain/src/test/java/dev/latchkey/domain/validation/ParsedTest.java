package dev.latchkey.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.latchkey.domain.scope.Scope;
import dev.latchkey.domain.user.Username;
import org.junit.jupiter.api.Test;

/** Untrusted text becomes a value or a reason, never an escaping exception (house style §6). */
final class ParsedTest {

    @Test
    void attemptWhenFactorySucceedsThenValidWithTheValue() {
        Parsed<Scope> parsed = Parsed.attempt(() -> new Scope("mcp:use"));

        assertThat(parsed.isValid()).isTrue();
        assertThat(parsed).isEqualTo(new Parsed.Valid<>(Scope.MCP_USE));
        assertThat(parsed.orElseThrow()).isEqualTo(Scope.MCP_USE);
    }

    @Test
    void attemptWhenFactoryRefusesThenInvalidWithItsMessage() {
        Parsed<Scope> parsed = Parsed.attempt(() -> new Scope("bad\"scope"));

        assertThat(parsed.isValid()).isFalse();
        assertThat(parsed).isInstanceOfSatisfying(Parsed.Invalid.class, invalid ->
                assertThat(invalid.reason()).contains("section 3.3"));
    }

    @Test
    void orElseThrowWhenInvalidThenIllegalStateWithTheReason() {
        Parsed<Username> parsed = Parsed.of("Not Valid!", Username::new);

        assertThatIllegalStateException().isThrownBy(parsed::orElseThrow).withMessageContaining("username");
    }

    @Test
    void ofWhenRawTextValidThenValid() {
        assertThat(Parsed.of("  Alice ", Username::parse).orElseThrow()).isEqualTo(new Username("alice"));
    }

    @Test
    void ofWhenRawTextMissingThenInvalidRatherThanException() {
        Parsed<Username> parsed = Parsed.of(null, Username::parse);

        assertThat(parsed).isEqualTo(new Parsed.Invalid<Username>("username is missing"));
    }

    @Test
    void attemptWhenFactoryThrowsSomethingOtherThanIllegalArgumentThenPropagates() {
        // Only invalid values become Invalid; a bug (here a NullPointerException) still surfaces.
        assertThatNullPointerException().isThrownBy(() -> Parsed.attempt(() -> {
            throw new NullPointerException("bug");
        }));
    }

    @Test
    void validWhenValueMissingThenRefused() {
        assertThatNullPointerException().isThrownBy(() -> new Parsed.Valid<String>(null));
        assertThatNullPointerException().isThrownBy(() -> new Parsed.Invalid<String>(null));
    }

    @Test
    void requireThatWhenFalseThenIllegalArgumentWithTheMessage() {
        assertThatIllegalArgumentException().isThrownBy(() -> Require.that(false, "what to do"))
                .withMessage("what to do");
        Require.that(true, "unused");
    }

    @Test
    void requireTextWhenNullEmptyOrBlankThenMissing() {
        assertThatIllegalArgumentException().isThrownBy(() -> Require.text(null, "state"))
                .withMessage("state is missing");
        assertThatIllegalArgumentException().isThrownBy(() -> Require.text("", "state"))
                .withMessage("state is missing");
        assertThatIllegalArgumentException().isThrownBy(() -> Require.text(" \t", "state"));
        assertThat(Require.text(" x ", "state")).isEqualTo(" x ");
    }

    @Test
    void requireVisibleAsciiWhenControlNonAsciiOrTooLongThenRefused() {
        // RFC 6749 Appendix A: VSCHAR = %x20-7E.
        assertThat(Require.visibleAscii(" !~", "id", 3)).isEqualTo(" !~");
        assertThatIllegalArgumentException().isThrownBy(() -> Require.visibleAscii("abcd", "id", 3))
                .withMessageContaining("longer than 3");
        assertThatIllegalArgumentException().isThrownBy(() -> Require.visibleAscii("a\u007f", "id", 3));
        assertThatIllegalArgumentException().isThrownBy(() -> Require.visibleAscii("a\u001f", "id", 3));
        assertThatIllegalArgumentException().isThrownBy(() -> Require.visibleAscii("\u00e9", "id", 3));
    }
}
