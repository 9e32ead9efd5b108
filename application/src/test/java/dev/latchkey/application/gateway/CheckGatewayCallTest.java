package dev.latchkey.application.gateway;

import static dev.latchkey.application.fixtures.Fixtures.T0;
import static dev.latchkey.application.fixtures.Fixtures.aConfidentialClient;
import static dev.latchkey.application.fixtures.Fixtures.aGrant;
import static dev.latchkey.application.fixtures.Fixtures.aMembership;
import static dev.latchkey.application.fixtures.Fixtures.aProtectedResource;
import static dev.latchkey.application.fixtures.Fixtures.aPublicClient;
import static dev.latchkey.application.fixtures.Fixtures.aUser;
import static dev.latchkey.application.fixtures.Fixtures.anOrganization;
import static dev.latchkey.application.fixtures.Fixtures.anUpstream;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fakes.FakeAccessTokens;
import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.application.fakes.MutableClock;
import dev.latchkey.application.settings.ServerSettings;
import dev.latchkey.domain.authorization.Grant;
import dev.latchkey.domain.client.Client;
import dev.latchkey.domain.client.GrantType;
import dev.latchkey.domain.org.Organization;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.resource.ProtectedResource;
import dev.latchkey.domain.resource.ResourceName;
import dev.latchkey.domain.resource.ResourceUri;
import dev.latchkey.domain.resource.Upstream;
import dev.latchkey.domain.scope.ScopeSet;
import dev.latchkey.domain.server.Issuer;
import dev.latchkey.domain.token.AccessTokenClaims;
import dev.latchkey.domain.user.User;
import dev.latchkey.domain.user.UserId;
import dev.latchkey.domain.user.Username;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The gateway's decision for each call to {@code /mcp/NAME}: a bearer token (RFC 6750 §2.1) of this
 * server, not expired, for this very resource (RFC 8707 audience restriction, MCP authorization "token
 * audience binding"), whose grant is still live on this call, with a scope covering {@code mcp:use}. A
 * client_credentials token (RFC 6749 §4.4) has no grant: it holds while its client exists and is still
 * allowed the resource. Failures follow RFC 6750 §3.1: no token, {@code invalid_token},
 * {@code insufficient_scope}.
 */
final class CheckGatewayCallTest {

    private static final Issuer ISSUER = new Issuer("https://auth.example.com");
    private static final ResourceUri NOTES_URI = new ResourceUri("https://auth.example.com/mcp/notes");
    private static final ResourceUri FILES_URI = new ResourceUri("https://auth.example.com/mcp/files");

    private final InMemoryStorage storage = new InMemoryStorage();
    private final FakeAccessTokens tokens = new FakeAccessTokens();
    private final MutableClock clock = new MutableClock(T0);
    private final ServerSettings settings = ServerSettings.defaults(ISSUER);
    private final CheckGatewayCall checkCall = new CheckGatewayCall(storage.protectedResources(), storage.grants(),
            storage.clients(), tokens, settings, clock);

    private final Upstream notesUpstream = anUpstream().at("http://127.0.0.1:9000/mcp")
            .withHeader("X-Api-Key", "upstream-key").forwardingIdentity().build();
    private final ProtectedResource notes = aProtectedResource().named("notes").behindGateway(notesUpstream)
            .withScopes("mcp:use notes:read").build();
    private final ProtectedResource files = aProtectedResource().named("files").behindGateway().build();
    private final User alice = aUser().named("alice").build();
    private final Organization acme = anOrganization().named("acme").build();
    private final Client client = aPublicClient().build();
    private Grant grant;

    @BeforeEach
    void storeAGrantOfAMemberForNotes() {
        storage.protectedResources().add(notes);
        storage.protectedResources().add(files);
        storage.users().add(alice);
        storage.organizations().add(acme);
        storage.clients().add(client);
        storage.memberships().put(aMembership().of(alice).in(acme).as(Role.MEMBER).build());
        grant = aGrant().of(alice).in(acme).to(client).forResource(NOTES_URI.value()).withScope("mcp:use").build();
        storage.grants().add(grant);
    }

    /** Claims of a token for {@code grant} at notes, issued now for an hour, that tests change. */
    private Claims claims() {
        return new Claims();
    }

    private final class Claims {
        private ResourceUri audience = NOTES_URI;
        private ScopeSet scope = ScopeSet.parse("mcp:use");
        private Grant of = grant;
        private Instant issuedAt = clock.instant();
        private Instant expiresAt = clock.instant().plus(Duration.ofHours(1));

        Claims forAudience(ResourceUri value) {
            audience = value;
            return this;
        }

        Claims withScope(String value) {
            scope = ScopeSet.parse(value);
            return this;
        }

        Claims ofGrant(Grant value) {
            of = value;
            return this;
        }

        Claims issuedAt(Instant value) {
            issuedAt = value;
            return this;
        }

        Claims expiresAt(Instant value) {
            expiresAt = value;
            return this;
        }

        /** Signs these claims with the fake; returns the token. */
        String token() {
            return tokens.issue(new AccessTokenClaims(ISSUER, of.userId(), audience, of.clientId(), scope, of.orgId(),
                    Optional.of(Role.MEMBER), Optional.of(of.id()), "jti-" + tokens.issued().size(), issuedAt,
                    expiresAt));
        }
    }

    private CheckGatewayCall.Result check(String resource, Optional<String> token) {
        return checkCall.check(new CheckGatewayCall.Command(new ResourceName(resource), token));
    }

    private CheckGatewayCall.Result checkNotes(String token) {
        return check("notes", Optional.of(token));
    }

    private static CheckGatewayCall.Allowed allowed(CheckGatewayCall.Result result) {
        assertThat(result).isInstanceOf(CheckGatewayCall.Allowed.class);
        return (CheckGatewayCall.Allowed) result;
    }

    private static CheckGatewayCall.InvalidToken invalid(CheckGatewayCall.Result result) {
        assertThat(result).isInstanceOf(CheckGatewayCall.InvalidToken.class);
        return (CheckGatewayCall.InvalidToken) result;
    }

    @Test
    void checkWhenTheResourceIsUnknownThenUnknownResourceWithoutLookingAtTheToken() {
        CheckGatewayCall.Result result = check("nothing", Optional.of(claims().token()));

        assertThat(result).isEqualTo(new CheckGatewayCall.UnknownResource(new ResourceName("nothing")));
        assertThat(tokens.verifications()).isZero();
    }

    @Test
    void checkWhenTheResourceIsExternalThenUnknownResourceSinceTheGatewayDoesNotServeIt() {
        storage.protectedResources().add(aProtectedResource().named("wiki").at("https://wiki.example.com/mcp").build());

        assertThat(check("wiki", Optional.of(claims().token())))
                .isEqualTo(new CheckGatewayCall.UnknownResource(new ResourceName("wiki")));
    }

    @Test
    void checkWhenNoTokenThenNoTokenWithTheResourceUriAndMcpUse() {
        // RFC 6750 §3.1: a request without credentials gets a challenge without an error code.
        assertThat(check("notes", Optional.empty()))
                .isEqualTo(new CheckGatewayCall.NoToken(NOTES_URI, ScopeSet.parse("mcp:use")));
    }

    @Test
    void checkWhenTheSignatureIsInvalidThenInvalidTokenWithTheVerifiersReason() {
        CheckGatewayCall.InvalidToken refused = invalid(checkNotes("fake-header.forged-payload.fake-signature"));

        assertThat(refused.uri()).isEqualTo(NOTES_URI);
        assertThat(refused.requiredScopes()).isEqualTo(ScopeSet.parse("mcp:use"));
        assertThat(refused.description()).contains("not a token of this server");
    }

    @Test
    void checkWhenAnInvalidTokenIsSentAgainThenItIsVerifiedAgainSinceOnlyValidOnesAreCached() {
        checkNotes("forged.token.value");
        checkNotes("forged.token.value");

        assertThat(tokens.verifications()).isEqualTo(2);
    }

    @Test
    void checkWhenExpiredThenInvalidTokenSayingSo() {
        String token = claims().expiresAt(T0.minusSeconds(1)).issuedAt(T0.minus(Duration.ofHours(1))).token();

        assertThat(invalid(checkNotes(token)).description()).contains("expired");
    }

    @Test
    void checkWhenTheClockReachesExpiryOfACachedTokenThenInvalidToken() {
        String token = claims().token();
        allowed(checkNotes(token));

        clock.advance(Duration.ofHours(1));

        assertThat(invalid(checkNotes(token)).description()).contains("expired");
        assertThat(tokens.verifications()).isEqualTo(1);
    }

    @Test
    void checkWhenIssuedMoreThanSixtySecondsInTheFutureThenInvalidToken() {
        String token = claims().issuedAt(T0.plusSeconds(61)).token();

        assertThat(invalid(checkNotes(token)).description()).contains("future");
    }

    @Test
    void checkWhenIssuedUpToSixtySecondsInTheFutureThenToleratedAsClockSkew() {
        allowed(checkNotes(claims().issuedAt(T0.plusSeconds(60)).token()));
    }

    @Test
    void checkWhenTheTokenIsForAnotherResourceThenInvalidToken() {
        // RFC 8707 / MCP: a token for resource A is refused at resource B, even from the same grant.
        String forFiles = claims().forAudience(FILES_URI).token();

        CheckGatewayCall.InvalidToken refused = invalid(checkNotes(forFiles));

        assertThat(refused.description()).contains("another resource").contains(FILES_URI.value());
        allowed(check("files", Optional.of(forFiles)));
    }

    @Test
    void checkWhenTheTokenIsForAnExternalResourceThenInvalidTokenAtTheGateway() {
        assertThat(invalid(checkNotes(claims().forAudience(new ResourceUri("https://wiki.example.com/mcp")).token()))
                .description()).contains("another resource");
    }

    @Test
    void checkWhenTheGrantIsRevokedThenRefusedOnTheNextCallThoughTheClaimsAreCached() {
        String token = claims().token();
        allowed(checkNotes(token));

        storage.grants().revoke(grant.id(), T0.plusSeconds(1));

        assertThat(invalid(checkNotes(token)).description()).contains("revoked");
        assertThat(tokens.verifications()).isEqualTo(1);
    }

    @Test
    void checkWhenTheUserWasRemovedFromTheOrganizationThenRefusedOnTheNextCall() {
        String token = claims().token();
        allowed(checkNotes(token));

        storage.memberships().remove(alice.id(), acme.id());

        assertThat(invalid(checkNotes(token)).description()).contains("left the organization");
    }

    @Test
    void checkWhenTheUserWasDisabledThenRefusedOnTheNextCallAndAllowedAgainWhenEnabled() {
        String token = claims().token();
        allowed(checkNotes(token));

        storage.users().setDisabled(alice.id(), true);

        assertThat(invalid(checkNotes(token)).description()).contains("disabled");

        storage.users().setDisabled(alice.id(), false);

        allowed(checkNotes(token));
    }

    @Test
    void checkWhenTheGrantIsUnknownThenInvalidToken() {
        Grant neverStored = aGrant().of(alice).in(acme).to(client).forResource(NOTES_URI.value()).build();

        invalid(checkNotes(claims().ofGrant(neverStored).token()));
    }

    @Test
    void checkWhenTheTokenNamesTheLiveGrantOfAnotherUserThenInvalidToken() {
        User bob = aUser().build();
        storage.users().add(bob);
        storage.memberships().put(aMembership().of(bob).in(acme).build());
        String token = tokens.issue(new AccessTokenClaims(ISSUER, bob.id(), NOTES_URI, client.id(),
                ScopeSet.parse("mcp:use"), acme.id(), Optional.of(Role.MEMBER), Optional.of(grant.id()), "jti-bob", T0,
                T0.plusSeconds(3600)));

        invalid(checkNotes(token));
    }

    @Test
    void checkWhenTheScopeLacksMcpUseThenInsufficientScopeNamingIt() {
        CheckGatewayCall.Result result = checkNotes(claims().withScope("notes:read").token());

        assertThat(result).isInstanceOfSatisfying(CheckGatewayCall.InsufficientScope.class, refused -> {
            assertThat(refused.uri()).isEqualTo(NOTES_URI);
            assertThat(refused.requiredScopes()).isEqualTo(ScopeSet.parse("mcp:use"));
            assertThat(refused.description()).contains("missing scope: mcp:use");
        });
    }

    @Test
    void checkWhenTheScopeIsTheBroaderMcpThenItCoversMcpUse() {
        allowed(checkNotes(claims().withScope("mcp").token()));
    }

    @Test
    void checkWhenEverythingHoldsThenAllowedWithTheUpstreamAndTheCaller() {
        String token = claims().withScope("mcp:use notes:read").token();
        storage.memberships().put(aMembership().of(alice).in(acme).as(Role.ADMIN).build());

        CheckGatewayCall.Allowed allowed = allowed(checkNotes(token));

        assertThat(allowed.resource()).isEqualTo(notes);
        assertThat(allowed.uri()).isEqualTo(NOTES_URI);
        assertThat(allowed.upstream()).isEqualTo(notesUpstream);
        assertThat(allowed.caller()).isEqualTo(new CheckGatewayCall.Caller(alice.id(),
                Optional.of(new Username("alice")), acme.id(), Optional.of(Role.ADMIN), client.id(),
                Optional.of(grant), ScopeSet.parse("mcp:use notes:read")));
        assertThat(allowed.caller().isClient()).isFalse();
    }

    // Connected apps shows when a grant was last used; the gateway writes it at most every five minutes.

    @Test
    void checkWhenAllowedThenRecordsTheUseOfTheGrant() {
        allowed(checkNotes(claims().token()));

        assertThat(storage.grants().find(grant.id()).orElseThrow().lastUsedAt()).contains(T0);
    }

    @Test
    void checkWhenCalledAgainWithinFiveMinutesThenTheRecordedUseIsNotWrittenAgain() {
        String token = claims().token();
        allowed(checkNotes(token));

        clock.advance(Duration.ofMinutes(5).minusSeconds(1));
        allowed(checkNotes(token));

        assertThat(storage.grants().find(grant.id()).orElseThrow().lastUsedAt()).contains(T0);
    }

    @Test
    void checkWhenCalledAgainFiveMinutesLaterThenRecordsTheNewUse() {
        String token = claims().token();
        allowed(checkNotes(token));
        Instant fiveMinutesLater = clock.advance(Duration.ofMinutes(5));

        allowed(checkNotes(token));

        assertThat(storage.grants().find(grant.id()).orElseThrow().lastUsedAt()).contains(fiveMinutesLater);
    }

    @Test
    void checkWhenRefusedThenNoUseIsRecorded() {
        checkNotes(claims().withScope("notes:read").token());

        assertThat(storage.grants().find(grant.id()).orElseThrow().lastUsedAt()).isEmpty();
    }

    // client_credentials (RFC 6749 §4.4): no grant; the client itself must still stand, on every call.

    /** A confidential client of acme, registered for client_credentials and allowed notes only. */
    private Client storedServiceClient() {
        Client service = aConfidentialClient().ownedBy(acme, notes)
                .withGrantTypes(GrantType.CLIENT_CREDENTIALS).build();
        storage.clients().add(service);
        return service;
    }

    /** A client_credentials token of {@code service}: {@code sub} is the client, no role, no grant. */
    private String clientToken(Client service, ResourceUri audience, String scope) {
        return tokens.issue(new AccessTokenClaims(ISSUER, new UserId(service.id().value()), audience, service.id(),
                ScopeSet.parse(scope), acme.id(), Optional.empty(), Optional.empty(),
                "jti-" + tokens.issued().size(), clock.instant(), clock.instant().plus(Duration.ofHours(1))));
    }

    @Test
    void checkWhenAClientCredentialsTokenOfALiveClientAllowedTheResourceThenAllowedAsTheClientItself() {
        Client service = storedServiceClient();

        CheckGatewayCall.Allowed allowed = allowed(checkNotes(clientToken(service, NOTES_URI, "mcp:use")));

        assertThat(allowed.caller()).isEqualTo(new CheckGatewayCall.Caller(new UserId(service.id().value()),
                Optional.empty(), acme.id(), Optional.empty(), service.id(), Optional.empty(),
                ScopeSet.parse("mcp:use")));
        assertThat(allowed.caller().isClient()).isTrue();
    }

    @Test
    void checkWhenTheClientOfAClientCredentialsTokenIsDeletedThenInvalidTokenOnTheNextCall() {
        Client service = storedServiceClient();
        String token = clientToken(service, NOTES_URI, "mcp:use");
        allowed(checkNotes(token));

        storage.clients().remove(service.id());

        assertThat(invalid(checkNotes(token)).description()).contains("client was removed");
        assertThat(tokens.verifications()).isEqualTo(1);
    }

    @Test
    void checkWhenTheResourceIsTakenOffTheClientsListThenInvalidTokenOnTheNextCall() {
        Client service = storedServiceClient();
        String token = clientToken(service, NOTES_URI, "mcp:use");
        allowed(checkNotes(token));

        storage.clients().put(aConfidentialClient().withId(service.id().value()).ownedBy(acme, files)
                .withGrantTypes(GrantType.CLIENT_CREDENTIALS).build());

        assertThat(invalid(checkNotes(token)).description()).contains("no longer allowed this resource");
    }

    @Test
    void checkWhenTheClientNoLongerMayUseClientCredentialsThenInvalidToken() {
        Client service = storedServiceClient();
        String token = clientToken(service, NOTES_URI, "mcp:use");

        storage.clients().put(aConfidentialClient().withId(service.id().value()).ownedBy(acme, notes)
                .withGrantTypes(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN).build());

        invalid(checkNotes(token));
    }

    @Test
    void checkWhenAClientCredentialsTokenNamesAnotherOrganizationThanTheClientsThenInvalidToken() {
        Client service = storedServiceClient();
        Organization other = anOrganization().build();
        String token = tokens.issue(new AccessTokenClaims(ISSUER, new UserId(service.id().value()), NOTES_URI,
                service.id(), ScopeSet.parse("mcp:use"), other.id(), Optional.empty(), Optional.empty(), "jti-other",
                T0, T0.plusSeconds(3600)));

        invalid(checkNotes(token));
    }

    @Test
    void checkWhenAClientCredentialsTokenIsForAnotherResourceThenInvalidToken() {
        Client service = storedServiceClient();

        assertThat(invalid(checkNotes(clientToken(service, FILES_URI, "mcp:use"))).description())
                .contains("another resource");
    }

    @Test
    void checkWhenAClientCredentialsTokenLacksMcpUseThenInsufficientScope() {
        Client service = storedServiceClient();

        assertThat(checkNotes(clientToken(service, NOTES_URI, "notes:read")))
                .isInstanceOf(CheckGatewayCall.InsufficientScope.class);
    }

    // The signature is verified once per token; expiry, audience, grant and scope on every call.

    @Test
    void checkWhenTheSameTokenIsSentRepeatedlyThenTheVerifierIsCalledOnce() {
        String token = claims().token();

        for (int i = 0; i < 5; i++) {
            allowed(checkNotes(token));
        }

        assertThat(tokens.verifications()).isEqualTo(1);
    }

    @Test
    void checkWhenACachedTokenIsSentToAnotherResourceThenStillRefused() {
        String token = claims().token();
        allowed(checkNotes(token));

        invalid(check("files", Optional.of(token)));
        assertThat(tokens.verifications()).isEqualTo(1);
    }

    @Test
    void checkWhenMoreTokensThanTheCacheHoldsThenAnEvictedTokenIsVerifiedAgain() {
        CheckGatewayCall withOneSlot = new CheckGatewayCall(storage.protectedResources(), storage.grants(),
                storage.clients(), tokens, settings, clock, 1);
        String first = claims().token();
        String second = claims().token();

        allowed(withOneSlot.check(new CheckGatewayCall.Command(notes.name(), Optional.of(first))));
        allowed(withOneSlot.check(new CheckGatewayCall.Command(notes.name(), Optional.of(first))));
        assertThat(tokens.verifications()).isEqualTo(1);

        allowed(withOneSlot.check(new CheckGatewayCall.Command(notes.name(), Optional.of(second))));
        allowed(withOneSlot.check(new CheckGatewayCall.Command(notes.name(), Optional.of(first))));

        assertThat(tokens.verifications()).isEqualTo(3);
    }

    @Test
    void checkWhenAnExpiredTokenIsSentRepeatedlyThenItIsNotCached() {
        String token = claims().issuedAt(T0.minus(Duration.ofHours(2))).expiresAt(T0.minus(Duration.ofHours(1)))
                .token();

        invalid(checkNotes(token));
        invalid(checkNotes(token));

        assertThat(tokens.verifications()).isEqualTo(2);
    }

    @Test
    void checkWhenTheResourceWasRemovedThenUnknownResourceEvenForACachedToken() {
        String token = claims().token();
        allowed(checkNotes(token));

        storage.protectedResources().remove(notes.name());

        assertThat(checkNotes(token)).isInstanceOf(CheckGatewayCall.UnknownResource.class);
    }
}
