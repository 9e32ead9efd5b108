package dev.latchkey.domain.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Client identifiers (RFC 6749 §2.2) and the wire names of registration metadata (RFC 7591 §2). */
final class ClientMetadataTest {

    @Test
    void clientIdWhenPrintableAsciiUpTo255ThenAccepted() {
        assertThat(new ClientId("x".repeat(255))).hasToString("x".repeat(255));
        assertThat(new ClientId("https://client.example.com/metadata.json").value())
                .isEqualTo("https://client.example.com/metadata.json");
    }

    @Test
    void clientIdWhenLongerThan255ThenRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ClientId("x".repeat(256)));
    }

    @Test
    void clientIdWhenControlOrNonAsciiCharacterThenRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ClientId("abc\ndef"));
        assertThatIllegalArgumentException().isThrownBy(() -> new ClientId("caf\u00e9"));
        assertThatIllegalArgumentException().isThrownBy(() -> new ClientId(""));
    }

    @Test
    void clientSecretWhenPrintedThenRedacted() {
        ClientSecret secret = new ClientSecret("s3cr3t-0123456789abcdef");

        assertThat(secret.toString()).isEqualTo("ClientSecret[redacted]").doesNotContain(secret.value());
    }

    @ParameterizedTest
    @EnumSource(GrantType.class)
    void grantTypeFromWireNameWhenOwnWireNameThenRoundTrips(GrantType type) {
        assertThat(GrantType.fromWireName(type.wireName())).contains(type);
    }

    @Test
    void grantTypeWireNamesWhenReadThenRfc6749Names() {
        assertThat(GrantType.AUTHORIZATION_CODE.wireName()).isEqualTo("authorization_code");
        assertThat(GrantType.REFRESH_TOKEN.wireName()).isEqualTo("refresh_token");
        assertThat(GrantType.CLIENT_CREDENTIALS.wireName()).isEqualTo("client_credentials");
    }

    @Test
    void grantTypeFromWireNameWhenUnsupportedOrMiscasedThenEmpty() {
        // OAuth 2.1 removes the implicit and password grants.
        assertThat(GrantType.fromWireName("implicit")).isEmpty();
        assertThat(GrantType.fromWireName("password")).isEmpty();
        assertThat(GrantType.fromWireName("AUTHORIZATION_CODE")).isEmpty();
        assertThat(GrantType.fromWireName(null)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TokenEndpointAuthMethod.class)
    void authMethodFromWireNameWhenOwnWireNameThenRoundTrips(TokenEndpointAuthMethod method) {
        assertThat(TokenEndpointAuthMethod.fromWireName(method.wireName())).contains(method);
    }

    @Test
    void authMethodUsesSecretWhenNoneThenFalseOtherwiseTrue() {
        assertThat(TokenEndpointAuthMethod.NONE.usesSecret()).isFalse();
        assertThat(TokenEndpointAuthMethod.CLIENT_SECRET_BASIC.usesSecret()).isTrue();
        assertThat(TokenEndpointAuthMethod.CLIENT_SECRET_POST.usesSecret()).isTrue();
    }

    @Test
    void authMethodFromWireNameWhenNotImplementedThenEmpty() {
        assertThat(TokenEndpointAuthMethod.fromWireName("private_key_jwt")).isEmpty();
        assertThat(TokenEndpointAuthMethod.fromWireName("client_secret_jwt")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(RegistrationSource.class)
    void registrationSourceFromStoredNameWhenOwnNameThenRoundTrips(RegistrationSource source) {
        assertThat(RegistrationSource.fromStoredName(source.storedName())).isEqualTo(source);
    }

    @Test
    void registrationSourceFromStoredNameWhenUnknownThenRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> RegistrationSource.fromStoredName("imported"));
    }
}
