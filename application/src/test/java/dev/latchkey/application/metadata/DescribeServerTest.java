package dev.latchkey.application.metadata;

import static dev.latchkey.application.fixtures.Fixtures.aProtectedResource;
import static dev.latchkey.application.fixtures.Fixtures.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.application.settings.ServerSettings;
import dev.latchkey.domain.scope.ScopeSet;
import dev.latchkey.domain.server.Issuer;
import org.junit.jupiter.api.Test;

/**
 * The server's metadata (RFC 8414 §2): issuer and {@code scopes_supported}, which are the scopes of the
 * protected resources plus {@code mcp:use}, {@code offline_access} and the OpenID Connect scopes.
 */
final class DescribeServerTest {

    private static final Issuer ISSUER = new Issuer("https://auth.example.com/latchkey");

    private final InMemoryStorage storage = new InMemoryStorage();
    private final DescribeServer describe = new DescribeServer(storage.protectedResources(), storage.users(),
            ServerSettings.defaults(ISSUER));

    @Test
    void describeWhenNoResourcesThenIssuerWithMcpUseOfflineAccessAndOpenIdConnect() {
        assertThat(describe.describe()).isEqualTo(new DescribeServer.Description(ISSUER,
                ScopeSet.parse("mcp:use offline_access openid profile email")));
    }

    @Test
    void describeWhenResourcesHaveScopesThenEveryScopeOnceWithOfflineAccess() {
        storage.protectedResources().add(aProtectedResource().named("files").withScopes("mcp:use files:read").build());
        storage.protectedResources().add(aProtectedResource().named("wiki").withScopes("wiki:edit files:read").build());

        assertThat(describe.describe().scopesSupported())
                .isEqualTo(ScopeSet.parse("mcp:use files:read wiki:edit offline_access openid profile email"));
    }

    @Test
    void needsFirstUserWhenNoUserExistsThenTrue() {
        assertThat(describe.needsFirstUser()).isTrue();
    }

    @Test
    void needsFirstUserWhenAUserExistsThenFalse() {
        storage.users().add(aUser().build());

        assertThat(describe.needsFirstUser()).isFalse();
    }
}
