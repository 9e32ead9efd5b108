package dev.latchkey.domain.archfixture;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Deliberate violation: the domain must not use Jackson (or anything outside java.*). */
public final class DomainUsingJackson {

    public Object mapper() {
        return new ObjectMapper();
    }
}
