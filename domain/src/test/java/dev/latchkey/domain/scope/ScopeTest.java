package dev.latchkey.domain.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 6749 §3.3: {@code scope-token = 1*( %x21 / %x23-5B / %x5D-7E )}. */
final class ScopeTest {

    @ParameterizedTest
    @ValueSource(strings = {"mcp:use", "offline_access", "read", "notes:write", "https://api.example.com/x.read",
        "!", "#", "[", "]", "~", "a!#[]~{}|^`"})
    void buildWhenOnlyAllowedCharactersThenAccepted(String value) {
        assertThat(new Scope(value)).hasToString(value);
    }

    @Test
    void buildWhenEveryAllowedCharacterThenAccepted() {
        StringBuilder every = new StringBuilder();
        for (char c = 0x21; c <= 0x7E; c++) {
            if (c != '"' && c != '\\') {
                every.append(c);
            }
        }

        assertThat(new Scope(every.toString()).value()).hasSize(92);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "\\", " ", "\t", "\n", "\u007f", "\u00e9", "\u0000"})
    void buildWhenCharacterOutsideTheScopeTokenSetThenRefused(String forbidden) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Scope("read" + forbidden + "write"))
                .withMessageContaining("section 3.3");
    }

    @Test
    void buildWhenQuoteOrBackslashAloneThenRefused() {
        // %x22 and %x5C are the two gaps in the printable range.
        assertThatIllegalArgumentException().isThrownBy(() -> new Scope("\""));
        assertThatIllegalArgumentException().isThrownBy(() -> new Scope("\\"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void buildWhenMissingThenRefused(String value) {
        // 1*( ... ): at least one character.
        assertThatIllegalArgumentException().isThrownBy(() -> new Scope(value));
    }

    @Test
    void buildWhenLongerThan128CharactersThenRefused() {
        assertThat(new Scope("s".repeat(128)).value()).hasSize(128);
        assertThatIllegalArgumentException().isThrownBy(() -> new Scope("s".repeat(129)));
    }

    @Test
    void wellKnownScopesWhenReadThenHaveTheirWireValues() {
        assertThat(Scope.MCP_USE.value()).isEqualTo("mcp:use");
        assertThat(Scope.OFFLINE_ACCESS.value()).isEqualTo("offline_access");
    }

    @Test
    void compareToWhenComparedThenOrdersByValue() {
        assertThat(new Scope("a")).isLessThan(new Scope("b"));
        assertThat(new Scope("b").compareTo(new Scope("b"))).isZero();
    }

    // Scopes form a colon hierarchy: holding a broader scope satisfies a request for a narrower one.

    @ParameterizedTest
    @CsvSource({"mcp:use, mcp:use", "mcp, mcp:use", "mcp, mcp:use:read", "mcp:use, mcp:use:read", "a, a:b:c"})
    void coversWhenTheSameOrABroaderScopeThenTrue(String held, String required) {
        assertThat(new Scope(held).covers(new Scope(required))).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"mcp:use, mcp", "mc, mcp:use", "mcp:u, mcp:use", "mcp:use, mcp:user", "mcp:use, mcp:usex:read",
        "files:read, mcp:use", "MCP, mcp:use", "mcp:, mcp:use"})
    void coversWhenNarrowerUnrelatedOrOnlyATextPrefixThenFalse(String held, String required) {
        assertThat(new Scope(held).covers(new Scope(required))).isFalse();
    }
}
