package dev.latchkey.application.contract;

import static dev.latchkey.application.fixtures.Fixtures.aGrant;
import static dev.latchkey.application.fixtures.Fixtures.aPublicClient;
import static dev.latchkey.application.fixtures.Fixtures.aUser;
import static dev.latchkey.application.fixtures.Fixtures.anAuthorizationRequest;
import static dev.latchkey.application.fixtures.Fixtures.anOrganization;
import static dev.latchkey.application.fixtures.Fixtures.anUnredeemedCode;

import dev.latchkey.application.fixtures.AuthorizationRequestBuilder;
import dev.latchkey.application.fixtures.ClientBuilder;
import dev.latchkey.application.fixtures.GrantBuilder;
import dev.latchkey.application.fixtures.IssuedCodeBuilder;
import dev.latchkey.application.fixtures.OrganizationBuilder;
import dev.latchkey.application.fixtures.UserBuilder;
import dev.latchkey.domain.authorization.Grant;
import dev.latchkey.domain.client.Client;
import dev.latchkey.domain.org.Organization;
import dev.latchkey.domain.user.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every port contract shares: a fresh, empty storage per test from {@link #newStorage()}, closed after
 * it, and helpers that store the rows a test's subject refers to, so that adapters which check references
 * (SQLite's foreign keys) accept the test data.
 */
public abstract class StorageContract {

    private StorageUnderTest storage;

    /** A new, empty storage; called once before each test. */
    protected abstract StorageUnderTest newStorage();

    @BeforeEach
    public final void openStorage() {
        storage = newStorage();
    }

    @AfterEach
    public final void closeStorage() {
        storage.close();
    }

    /** The storage of the running test. */
    protected final StorageUnderTest storage() {
        return storage;
    }

    protected final User stored(UserBuilder user) {
        User built = user.build();
        storage.users().add(built);
        return built;
    }

    protected final Organization stored(OrganizationBuilder organization) {
        Organization built = organization.build();
        storage.organizations().add(built);
        return built;
    }

    protected final Client stored(ClientBuilder client) {
        Client built = client.build();
        storage.clients().add(built);
        return built;
    }

    protected final Grant stored(GrantBuilder grant) {
        Grant built = grant.build();
        storage.grants().add(built);
        return built;
    }

    /** A grant builder whose user, organization and client are stored. */
    protected final GrantBuilder aGrantOfStoredParties() {
        return aGrant().of(stored(aUser())).in(stored(anOrganization())).to(stored(aPublicClient()));
    }

    /** A stored, active grant whose user, organization and client are stored. */
    protected final Grant storedGrant() {
        return stored(aGrantOfStoredParties());
    }

    /** An authorization request of a stored client. */
    protected final AuthorizationRequestBuilder aRequestOfStoredClient() {
        return anAuthorizationRequest().from(stored(aPublicClient()));
    }

    /** An unredeemed code whose client, user and organization are stored. */
    protected final IssuedCodeBuilder aCodeOfStoredParties() {
        return anUnredeemedCode()
                .of(aRequestOfStoredClient())
                .approvedBy(stored(aUser()).id(), stored(anOrganization()).id());
    }
}
