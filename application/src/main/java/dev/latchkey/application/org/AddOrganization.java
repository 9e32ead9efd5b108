package dev.latchkey.application.org;

import dev.latchkey.application.port.Organizations;
import dev.latchkey.application.port.RandomTokens;
import dev.latchkey.application.port.Transactions;
import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.org.OrgName;
import dev.latchkey.domain.org.Organization;
import java.time.Clock;
import java.util.Objects;

/** Creates an organization ({@code orgs add ORG}). */
public final class AddOrganization {

    private final Organizations organizations;
    private final Transactions transactions;
    private final RandomTokens random;
    private final Clock clock;

    public AddOrganization(Organizations organizations, Transactions transactions, RandomTokens random, Clock clock) {
        this.organizations = Objects.requireNonNull(organizations, "organizations");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.random = Objects.requireNonNull(random, "random");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The name of the new organization. */
    public record Command(OrgName name) {
        public Command {
            Objects.requireNonNull(name, "name");
        }
    }

    /** The outcome. */
    public sealed interface Result permits Added, Rejected {}

    public record Added(Organization organization) implements Result {}

    public record Rejected(String reason) implements Result {}

    public Result add(Command command) {
        return transactions.inTransaction(() -> {
            if (organizations.findByName(command.name()).isPresent()) {
                return new Rejected("An organization named " + command.name() + " already exists; pick another name.");
            }
            Organization organization = new Organization(new OrgId(random.id()), command.name(), clock.instant());
            organizations.add(organization);
            return new Added(organization);
        });
    }
}
