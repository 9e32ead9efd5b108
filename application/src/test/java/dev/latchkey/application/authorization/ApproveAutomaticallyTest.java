package dev.latchkey.application.authorization;

import static dev.latchkey.application.fixtures.Fixtures.T0;
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
import dev.latchkey.domain.org.Organization;
import dev.latchkey.domain.server.Issuer;
import dev.latchkey.domain.user.User;
import dev.latchkey.domain.user.Username;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Test mode's automatic approval: the pending request is answered as if the named user had pressed Allow
 * for their first organization, with the same response as the consent page (RFC 6749 §4.1.2: code and
 * state; RFC 9207: iss). A user who could not have approved it is refused.
 */
final class ApproveAutomaticallyTest {

    private static final Issuer ISSUER = new Issuer("https://auth.example.com");
    private static final String STATE = "auto-state";

    private final InMemoryStorage storage = new InMemoryStorage();
    private final CountingRandomTokens random = new CountingRandomTokens();
    private final MutableClock clock = new MutableClock();
    private final DecideConsent decide = new DecideConsent(storage.pendingAuthorizations(),
            storage.authorizationCodes(), storage.users(), storage.memberships(), storage.clients(),
            storage.transactions(), random,
            ServerSettings.defaults(ISSUER), clock);
    private final ApproveAutomatically approve = new ApproveAutomatically(storage.users(), storage.memberships(),
            decide);

    private final Client client = aPublicClient().withRedirect("https://app.example.com/callback").build();
    private final AuthorizationRequest request = anAuthorizationRequest().from(client).withState(STATE).build();
    private RequestHandle handle;

    @BeforeEach
    void storePendingRequest() {
        storage.clients().add(client);
        var pending = aPendingAuthorization().of(request);
        storage.pendingAuthorizations().add(pending.build());
        handle = pending.handle();
    }

    private User storedUser(User user) {
        storage.users().add(user);
        return user;
    }

    private Organization storedOrganization(String name) {
        Organization organization = anOrganization().named(name).build();
        storage.organizations().add(organization);
        return organization;
    }

    private DecideConsent.Result approveAs(Username username) {
        return approve.approve(new ApproveAutomatically.Command(handle, username));
    }

    private static OAuthError refused(DecideConsent.Result result) {
        assertThat(result).isInstanceOf(DecideConsent.Refused.class);
        return ((DecideConsent.Refused) result).error();
    }

    private boolean stillPending() {
        return storage.pendingAuthorizations().find(handle.hash()).isPresent();
    }

    @Test
    void approveWhenTheUserBelongsToOrganizationsThenRedirectsWithCodeStateAndIssForTheFirstJoined() {
        User user = storedUser(aUser().build());
        Organization joinedLater = storedOrganization("globex");
        Organization joinedFirst = storedOrganization("acme");
        storage.memberships().put(aMembership().of(user).in(joinedLater).since(T0.plus(Duration.ofDays(1))).build());
        storage.memberships().put(aMembership().of(user).in(joinedFirst).since(T0).build());

        DecideConsent.Result result = approveAs(user.username());

        assertThat(result).isInstanceOf(DecideConsent.Redirect.class);
        AuthorizationResponse response = ((DecideConsent.Redirect) result).response();
        assertThat(response.redirectUri()).isEqualTo(request.redirectUri());
        assertThat(response.parameters()).containsEntry("code", random.lastSecret()).containsEntry("state", STATE)
                .containsEntry("iss", ISSUER.value());
        IssuedCode code = storage.authorizationCodes().find(new AuthorizationCode(random.lastSecret()).hash())
                .orElseThrow();
        assertThat(code.approved().userId()).isEqualTo(user.id());
        assertThat(code.approved().orgId()).isEqualTo(joinedFirst.id());
        assertThat(stillPending()).isFalse();
    }

    @Test
    void approveWhenTheUserIsUnknownThenRefusedWithAccessDeniedNamingTheUser() {
        OAuthError error = refused(approveAs(new Username("nobody")));

        assertThat(error.code()).isEqualTo(OAuthErrorCode.ACCESS_DENIED);
        assertThat(error.description()).contains("nobody");
        assertThat(random.secretsMade()).isEmpty();
        assertThat(stillPending()).isTrue();
    }

    @Test
    void approveWhenTheUserIsDisabledThenRefusedWithAccessDenied() {
        User disabled = storedUser(aUser().disabled().build());
        storage.memberships().put(aMembership().of(disabled).in(storedOrganization("acme")).build());

        OAuthError error = refused(approveAs(disabled.username()));

        assertThat(error.code()).isEqualTo(OAuthErrorCode.ACCESS_DENIED);
        assertThat(random.secretsMade()).isEmpty();
    }

    @Test
    void approveWhenTheUserBelongsToNoOrganizationThenRefusedWithAccessDenied() {
        User user = storedUser(aUser().build());

        OAuthError error = refused(approveAs(user.username()));

        assertThat(error.code()).isEqualTo(OAuthErrorCode.ACCESS_DENIED);
        assertThat(error.description()).contains("organization");
        assertThat(stillPending()).isTrue();
    }

    @Test
    void approveWhenTheRequestExpiredThenRefusedLikeTheConsentPage() {
        User user = storedUser(aUser().build());
        storage.memberships().put(aMembership().of(user).in(storedOrganization("acme")).build());
        clock.advance(Duration.ofMinutes(15));

        assertThat(refused(approveAs(user.username())).code()).isEqualTo(OAuthErrorCode.INVALID_REQUEST);
        assertThat(random.secretsMade()).isEmpty();
    }
}
