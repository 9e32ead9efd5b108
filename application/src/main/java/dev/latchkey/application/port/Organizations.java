package dev.latchkey.application.port;

import dev.latchkey.domain.org.OrgId;
import dev.latchkey.domain.org.OrgName;
import dev.latchkey.domain.org.Organization;
import java.util.List;
import java.util.Optional;

/** The organizations. */
public interface Organizations {

    /** Stores a new organization; id and name must be new. */
    void add(Organization organization);

    Optional<Organization> find(OrgId id);

    Optional<Organization> findByName(OrgName name);

    /** Every organization, by name. */
    List<Organization> all();
}
