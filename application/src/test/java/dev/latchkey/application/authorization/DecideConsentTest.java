package dev.latchkey.application.authorization;

import static dev.latchkey.application.fixtures.Fixtures.aMembership;
import static dev.latchkey.application.fixtures.Fixtures.aPendingAuthorization;
import static dev.latchkey.application.fixtures.Fixtures.aPublicClient;
import static dev.latchkey.application.fixtures.Fixtures.aUser;
import static dev.latchkey.application.fixtures.Fixtures.anAuthorizationRequest;
import static dev.latchkey.application.fixtures.Fixtures.anOrganization;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fakes.CountingRandomTokens;
import dev.latchkey.application.fakes.InMemoryStorage;
import dev.latchkey.application.fakes.MutableClock;
import dev.latchkey.application.settings.ServerSettings;
import dev.latchkey.domain.authorization.AuthorizationCode;
import dev.latchkey.domain.authorization.AuthorizationRequest;
import dev.latchkey.domain.authorization.AuthorizationResponse;
import dev.latchkey.domain.authorization.IssuedCode;
import dev.latchkey.domain.authorization.RequestHandle;
import dev.latchkey.domain.client.Client;
import dev.latchkey.domain.error.OAuthError;
import dev.latchkey.domain.error.OAuthErrorCode;
import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.org.Organization;
import dev.latchkey.domain.server.Issuer;
import dev.latchkey.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The user's answer on the consent page (RFC 6749 §4.1.2, §4.1.2.1): Allow issues a single-use code bound
 * to the user and the organization they picked; Deny answers access_denied; either consumes the request.
 */
final class DecideConsentTest {

    private static final Issuer ISSUER = new Issuer("https://auth.example.com");
    private static final String STATE = "xyz-state";

    private final InMemoryStorage storage = new InMemoryStorage();
    private final CountingRandomTokens random = new CountingRandomTokens();
    private final MutableClock clock = new MutableClock();
    private final DecideConsent decide = new DecideConsent(storage.pendingAuthorizations(),
            storage.authorizationCodes(), storage.users(), storage.memberships(), storage.clients(),
            storage.transactions(), random,
            ServerSettings.defaults(ISSUER), clock);

    private final Client client = aPublicClient().withRedirect("https://app.example.com/callback").build();
    private final AuthorizationRequest request = anAuthorizationRequest().from(client).withState(STATE).build();
    private final User user = aUser().build();
    private final Organization acme = anOrganization().named("acme").build();
    private RequestHandle handle;

    @BeforeEach
    void storePendingRequestAndMember() {
        storage.clients().add(client);
        storage.users().add(user);
        storage.organizations().add(acme);
        storage.memberships().put(aMembership().of(user).in(acme).build());
        var pending = aPendingAuthorization().of(request);
        storage.pendingAuthorizations().add(pending.build());
        handle = pending.handle();
    }

    private DecideConsent.Result allow(User who, Optional<OrgId> organization) {
        return decide.decide(new DecideConsent.Command(handle, who.id(), DecideConsent.Decision.ALLOW, organization));
    }

    private DecideConsent.Result allow() {
        return allow(user, Optional.of(acme.id()));
    }

    private DecideConsent.Result deny() {
        return decide.decide(new DecideConsent.Command(handle, user.id(), DecideConsent.Decision.DENY,
                Optional.empty()));
    }

    private static AuthorizationResponse redirect(DecideConsent.Result result) {
        assertThat(result).isInstanceOf(DecideConsent.Redirect.class);
        return ((DecideConsent.Redirect) result).response();
    }

    private static OAuthError refused(DecideConsent.Result result) {
        assertThat(result).isInstanceOf(DecideConsent.Refused.class);
        return ((DecideConsent.Refused) result).error();
    }

    private boolean stillPending() {
        return storage.pendingAuthorizations().find(handle.hash()).isPresent();
    }

    // RFC 6749 §4.1.2.1: access_denied, with state; RFC 9207 §2: and iss.

    @Test
    void decideWhenDeniedThenRedirectWithAccessDeniedStateAndIss() {
        AuthorizationResponse response = redirect(deny());

        assertThat(response.redirectUri()).isEqualTo(request.redirectUri());
        assertThat(response.parameters()).containsEntry("error", "access_denied").containsEntry("state", STATE)
                .containsEntry("iss", ISSUER.value()).doesNotContainKey("code");
        assertThat(stillPending()).isFalse();
    }

    // OIDC Core §2: auth_time is when the user signed in; the approval keeps it for the ID token.

    @Test
    void decideWhenAllowedWithTheSignInTimeThenTheCodeKeepsItAsAuthTime() {
        Instant signedIn = clock.instant().minus(Duration.ofMinutes(3));

        AuthorizationResponse response = redirect(decide.decide(new DecideConsent.Command(handle, user.id(),
                DecideConsent.Decision.ALLOW, Optional.of(acme.id()), Optional.of(signedIn))));

        IssuedCode stored = storage.authorizationCodes()
                .find(new AuthorizationCode(response.parameters().get("code")).hash()).orElseThrow();
        assertThat(stored.approved().authTime()).contains(signedIn);
        assertThat(stored.approved().approvedAt()).isEqualTo(clock.instant());
    }

    @Test
    void decideWhenAllowedWithoutTheSignInTimeThenNoAuthTime() {
        AuthorizationResponse response = redirect(allow());

        IssuedCode stored = storage.authorizationCodes()
                .find(new AuthorizationCode(response.parameters().get("code")).hash()).orElseThrow();
        assertThat(stored.approved().authTime()).isEmpty();
    }

    // RFC 6749 §4.1.2: code, state and (RFC 9207) iss.

    @Test
    void decideWhenAllowedThenRedirectWithCodeStateAndIss() {
        AuthorizationResponse response = redirect(allow());

        assertThat(response.redirectUri()).isEqualTo(request.redirectUri());
        assertThat(response.parameters()).containsEntry("code", random.lastSecret()).containsEntry("state", STATE)
                .containsEntry("iss", ISSUER.value());
    }

    // RFC 6749 §4.1.2: "A maximum authorization code lifetime of 10 minutes is RECOMMENDED"; Latchkey: 60 s.

    @Test
    void decideWhenAllowedThenTheCodeIsStoredByHashFor60SecondsBoundToUserAndOrganization() {
        Instant now = clock.advance(Duration.ofSeconds(42));

        AuthorizationResponse response = redirect(allow());

        AuthorizationCode code = new AuthorizationCode(response.parameters().get("code"));
        IssuedCode stored = storage.authorizationCodes().find(code.hash()).orElseThrow();
        assertThat(stored).isInstanceOf(IssuedCode.Unredeemed.class);
        assertThat(stored.issuedAt()).isEqualTo(now);
        assertThat(stored.expiresAt()).isEqualTo(now.plusSeconds(60));
        assertThat(stored.approved().request()).isEqualTo(request);
        assertThat(stored.approved().userId()).isEqualTo(user.id());
        assertThat(stored.approved().orgId()).isEqualTo(acme.id());
        assertThat(stored.approved().approvedAt()).isEqualTo(now);
    }

    @Test
    void decideWhenAllowedThenThePendingRequestIsConsumed() {
        redirect(allow());

        assertThat(stillPending()).isFalse();
    }

    // ADR 0005: deciding consumes the pending request, so a second submission does nothing.

    @Test
    void decideWhenAllowedTwiceThenSecondIsRefusedAndNoSecondCodeIsIssued() {
        redirect(allow());
        int secrets = random.secretsMade().size();

        OAuthError error = refused(allow());

        assertThat(error.code()).isEqualTo(OAuthErrorCode.INVALID_REQUEST);
        assertThat(random.secretsMade()).hasSize(secrets);
    }

    @Test
    void decideWhenDeniedAfterAllowThenRefused() {
        redirect(allow());

        assertThat(refused(deny()).code()).isEqualTo(OAuthErrorCode.INVALID_REQUEST);
    }

    @Test
    void decideWhenRequestExpiredThenRefused() {
        clock.advance(Duration.ofMinutes(15));

        assertThat(refused(allow()).code()).isEqualTo(OAuthErrorCode.INVALID_REQUEST);
        assertThat(refused(deny()).code()).isEqualTo(OAuthErrorCode.INVALID_REQUEST);
        assertThat(random.secretsMade()).isEmpty();
    }

    @Test
    void decideWhenAllowedWithoutOrganizationThenRefusedAndTheRequestStaysPending() {
        OAuthError error = refused(allow(user, Optional.empty()));

        assertThat(error.code()).isEqualTo(OAuthErrorCode.INVALID_REQUEST);
        assertThat(stillPending()).isTrue();
    }

    // Each grant is for one of the user's own organizations; no cross-organization access.

    @Test
    void decideWhenOrganizationIsNotTheUsersThenRefusedWithAccessDenied() {
        Organization globex = anOrganization().named("globex").build();
        storage.organizations().add(globex);

        OAuthError error = refused(allow(user, Optional.of(globex.id())));

        assertThat(error.code()).isEqualTo(OAuthErrorCode.ACCESS_DENIED);
        assertThat(random.secretsMade()).isEmpty();
        assertThat(stillPending()).isTrue();
    }

    @Test
    void decideWhenClientBelongsToAnotherOrganizationThenRefusedEvenThoughTheUserIsAMemberOfBoth() {
        Organization globex = anOrganization().named("globex").build();
        storage.organizations().add(globex);
        storage.memberships().put(aMembership().of(user).in(globex).build());
        Client acmeClient = aPublicClient().withRedirect("https://app.example.com/callback").ownedBy(acme.id())
                .build();
        storage.clients().add(acmeClient);
        var pending = aPendingAuthorization().of(anAuthorizationRequest().from(acmeClient).withState(STATE).build());
        storage.pendingAuthorizations().add(pending.build());
        handle = pending.handle();

        OAuthError error = refused(allow(user, Optional.of(globex.id())));

        assertThat(error.code()).isEqualTo(OAuthErrorCode.ACCESS_DENIED);
        assertThat(error.description()).contains("its own");
        assertThat(random.secretsMade()).isEmpty();
        assertThat(redirect(allow(user, Optional.of(acme.id()))).parameters()).containsKey("code");
    }

    @Test
    void decideWhenOrganizationDoesNotExistThenRefusedWithAccessDenied() {
        assertThat(refused(allow(user, Optional.of(new OrgId("no-such-org")))).code())
                .isEqualTo(OAuthErrorCode.ACCESS_DENIED);
    }

    @Test
    void decideWhenUserIsDisabledThenRefusedWithAccessDenied() {
        User disabled = aUser().disabled().build();
        storage.users().add(disabled);
        storage.memberships().put(aMembership().of(disabled).in(acme).build());

        OAuthError error = refused(allow(disabled, Optional.of(acme.id())));

        assertThat(error.code()).isEqualTo(OAuthErrorCode.ACCESS_DENIED);
        assertThat(random.secretsMade()).isEmpty();
    }

    @Test
    void decideWhenUserIsUnknownThenRefusedWithAccessDenied() {
        User ghost = aUser().build();
        storage.memberships().put(aMembership().of(ghost).in(acme).build());

        assertThat(refused(allow(ghost, Optional.of(acme.id()))).code()).isEqualTo(OAuthErrorCode.ACCESS_DENIED);
    }

    @Test
    void decideWhenRequestCarriedNoStateThenResponseHasNoState() {
        AuthorizationRequest withoutState = anAuthorizationRequest().from(client).withoutState().build();
        var pending = aPendingAuthorization().of(withoutState);
        storage.pendingAuthorizations().add(pending.build());

        AuthorizationResponse response = redirect(decide.decide(new DecideConsent.Command(pending.handle(), user.id(),
                DecideConsent.Decision.ALLOW, Optional.of(acme.id()))));

        assertThat(response.parameters()).containsOnlyKeys("code", "iss");
    }
}
