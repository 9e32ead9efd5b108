package dev.latchkey.domain.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * RFC 6749 §3.3: "The value of the scope parameter is expressed as a list of space-delimited,
 * case-sensitive strings ... If the value contains multiple space-delimited strings, their order does
 * not matter".
 */
final class ScopeSetTest {

    @Test
    void parseWhenSpaceDelimitedThenEveryScopeInOrder() {
        ScopeSet set = ScopeSet.parse("notes:write mcp:use notes:read");

        assertThat(set.scopes()).containsExactly(new Scope("notes:write"), Scope.MCP_USE, new Scope("notes:read"));
        assertThat(set.asString()).isEqualTo("notes:write mcp:use notes:read");
    }

    @Test
    void parseWhenSeveralSpacesBetweenOrAroundThenTolerated() {
        assertThat(ScopeSet.parse("  mcp:use   notes:read ").asString()).isEqualTo("mcp:use notes:read");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void parseWhenNothingThenEmpty(String text) {
        assertThat(ScopeSet.parse(text).isEmpty()).isTrue();
        assertThat(ScopeSet.parse(text)).isEqualTo(ScopeSet.empty());
    }

    @Test
    void parseWhenDuplicatesThenKeptOnceAtFirstPosition() {
        assertThat(ScopeSet.parse("b a b a").asString()).isEqualTo("b a");
    }

    @Test
    void parseWhenCaseDiffersThenDistinctScopes() {
        // "case-sensitive strings"
        assertThat(ScopeSet.parse("Read read").scopes()).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"read \"write\"", "read wr\\ite", "read caf\u00e9"})
    void parseWhenATokenIsMalformedThenRefused(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> ScopeSet.parse(text));
    }

    @Test
    void parseWhenTabSeparatedThenRefusedBecauseOnlySpaceDelimits() {
        assertThatIllegalArgumentException().isThrownBy(() -> ScopeSet.parse("read\twrite"));
    }

    @Test
    void parseLenientWhenATokenIsMalformedThenDropsOnlyThatToken() {
        ScopeSet set = ScopeSet.parseLenient("read \"write\" wr\\ite caf\u00e9 notes:read");

        assertThat(set.asString()).isEqualTo("read notes:read");
    }

    @Test
    void parseLenientWhenAllValidThenSameAsParse() {
        assertThat(ScopeSet.parseLenient(" mcp:use  offline_access"))
                .isEqualTo(ScopeSet.parse("mcp:use offline_access"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void parseLenientWhenNothingThenEmpty(String text) {
        assertThat(ScopeSet.parseLenient(text).isEmpty()).isTrue();
    }

    @Test
    void equalsWhenSameScopesInOtherOrderThenEqualWithSameHashCode() {
        ScopeSet ab = ScopeSet.parse("a b");
        ScopeSet ba = ScopeSet.parse("b a");

        assertThat(ab).isEqualTo(ba).hasSameHashCodeAs(ba);
        assertThat(ab.asString()).isNotEqualTo(ba.asString());
    }

    @Test
    void equalsWhenDifferentScopesThenNotEqual() {
        assertThat(ScopeSet.parse("a b")).isNotEqualTo(ScopeSet.parse("a b c"));
    }

    @Test
    void asStringWhenParsedAgainThenSameSetInSameOrder() {
        ScopeSet set = ScopeSet.parse("z:write mcp:use a:read");

        assertThat(ScopeSet.parse(set.asString()).asString()).isEqualTo(set.asString());
        assertThat(set).hasToString("z:write mcp:use a:read");
    }

    @Test
    void asStringWhenEmptyThenEmptyString() {
        assertThat(ScopeSet.empty().asString()).isEmpty();
    }

    @Test
    void intersectWhenOverlappingThenCommonScopesInThisSetsOrder() {
        ScopeSet asked = ScopeSet.parse("c b a");
        ScopeSet allowed = ScopeSet.parse("a b d");

        assertThat(asked.intersect(allowed).asString()).isEqualTo("b a");
    }

    @Test
    void intersectWhenDisjointThenEmpty() {
        assertThat(ScopeSet.parse("a").intersect(ScopeSet.parse("b")).isEmpty()).isTrue();
    }

    @Test
    void minusWhenSomeInOtherThenRemainingInOrder() {
        assertThat(ScopeSet.parse("c b a").minus(ScopeSet.parse("b")).asString()).isEqualTo("c a");
        assertThat(ScopeSet.parse("a").minus(ScopeSet.parse("a")).isEmpty()).isTrue();
    }

    @Test
    void unionWhenOverlappingThenThisSetFollowedByNewScopes() {
        assertThat(ScopeSet.parse("b a").union(ScopeSet.parse("a c b d")).asString()).isEqualTo("b a c d");
    }

    @Test
    void containsAllWhenSubsetThenTrueOtherwiseFalse() {
        // RFC 6749 §6: a refreshed token's scope must not exceed what was originally granted.
        ScopeSet granted = ScopeSet.parse("mcp:use notes:read notes:write");

        assertThat(granted.containsAll(ScopeSet.parse("notes:write mcp:use"))).isTrue();
        assertThat(granted.containsAll(ScopeSet.empty())).isTrue();
        assertThat(granted.containsAll(ScopeSet.parse("mcp:use admin"))).isFalse();
    }

    @Test
    void containsWhenScopePresentThenTrue() {
        assertThat(ScopeSet.parse("mcp:use").contains(Scope.MCP_USE)).isTrue();
        assertThat(ScopeSet.parse("mcp:use").contains(Scope.OFFLINE_ACCESS)).isFalse();
    }

    @Test
    void filterWhenPredicateThenKeepsMatchingInOrder() {
        ScopeSet set = ScopeSet.parse("notes:read mcp:use notes:write");

        assertThat(set.filter(scope -> scope.value().startsWith("notes:")).asString())
                .isEqualTo("notes:read notes:write");
    }

    @Test
    void ofWhenGivenScopesThenKeepsOrderAndDropsDuplicates() {
        assertThat(ScopeSet.of(new Scope("b"), new Scope("a"), new Scope("b")).asString()).isEqualTo("b a");
        assertThat(ScopeSet.of(List.of(new Scope("y"), new Scope("x"))).asString()).isEqualTo("y x");
    }

    @Test
    void scopesWhenModifiedThenRefused() {
        ScopeSet set = ScopeSet.parse("a");

        assertThatThrownBy(() -> set.scopes().add(new Scope("b"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void uncoveredWhenEveryRequiredScopeIsHeldThenEmpty() {
        assertThat(ScopeSet.parse("files:read mcp:use").uncovered(ScopeSet.parse("mcp:use")).isEmpty()).isTrue();
    }

    @Test
    void uncoveredWhenABroaderScopeIsHeldThenItCoversTheNarrowerOnes() {
        assertThat(ScopeSet.parse("mcp").uncovered(ScopeSet.parse("mcp:use mcp:use:read")).isEmpty()).isTrue();
    }

    @Test
    void uncoveredWhenSomeAreMissingThenThoseInTheRequiredOrder() {
        ScopeSet held = ScopeSet.parse("files:read");

        assertThat(held.uncovered(ScopeSet.parse("mcp:use files:read files:write")).asString())
                .isEqualTo("mcp:use files:write");
    }

    @Test
    void uncoveredWhenOnlyANarrowerScopeIsHeldThenTheBroaderIsMissing() {
        assertThat(ScopeSet.parse("mcp:use").uncovered(ScopeSet.parse("mcp")).asString()).isEqualTo("mcp");
    }

    @Test
    void uncoveredWhenNothingIsRequiredThenEmptyAndWhenNothingIsHeldThenEverything() {
        assertThat(ScopeSet.parse("mcp:use").uncovered(ScopeSet.empty()).isEmpty()).isTrue();
        assertThat(ScopeSet.empty().uncovered(ScopeSet.parse("mcp:use a")).asString()).isEqualTo("mcp:use a");
    }
}
