package dev.latchkey.domain.scope;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A set of scopes, written on the wire as a space-delimited list (RFC 6749 §3.3). Order is kept as
 * given so that what the user sees matches what the client asked for; equality ignores order.
 */
public record ScopeSet(Set<Scope> scopes) {

    private static final ScopeSet EMPTY = new ScopeSet(Set.of());

    private static final ScopeSet OPEN_ID_CONNECT = of(Scope.OPENID, Scope.PROFILE, Scope.EMAIL);

    public ScopeSet {
        scopes = Collections.unmodifiableSet(new LinkedHashSet<>(scopes));
    }

    public static ScopeSet empty() {
        return EMPTY;
    }

    /**
     * The OpenID Connect scopes Latchkey knows whatever the resource: {@code openid}, {@code profile} and
     * {@code email} (OIDC Core §3.1.2.1, §5.4). They are about the user, not about a resource.
     */
    public static ScopeSet openIdConnect() {
        return OPEN_ID_CONNECT;
    }

    public static ScopeSet of(Scope... scopes) {
        return new ScopeSet(new LinkedHashSet<>(List.of(scopes)));
    }

    public static ScopeSet of(Collection<Scope> scopes) {
        return new ScopeSet(new LinkedHashSet<>(scopes));
    }

    /**
     * Parses a space-delimited scope string strictly: every token must be a valid scope.
     *
     * @throws IllegalArgumentException when a token is not a valid scope
     */
    public static ScopeSet parse(String text) {
        LinkedHashSet<Scope> parsed = new LinkedHashSet<>();
        for (String token : tokens(text)) {
            parsed.add(new Scope(token));
        }
        return new ScopeSet(parsed);
    }

    /**
     * Parses a scope string leniently: malformed tokens are dropped like unknown ones. Used at the
     * authorization endpoint, where an unknown scope is never fatal.
     */
    public static ScopeSet parseLenient(String text) {
        LinkedHashSet<Scope> parsed = new LinkedHashSet<>();
        for (String token : tokens(text)) {
            try {
                parsed.add(new Scope(token));
            } catch (IllegalArgumentException malformed) {
                // Dropped: a scope the server cannot even read is one it does not know.
            }
        }
        return new ScopeSet(parsed);
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        for (String token : text.split(" ")) {
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    public boolean isEmpty() {
        return scopes.isEmpty();
    }

    public boolean contains(Scope scope) {
        return scopes.contains(scope);
    }

    public boolean containsAll(ScopeSet other) {
        return scopes.containsAll(other.scopes);
    }

    /** The scopes of {@code required} that no scope of this set covers (see {@link Scope#covers}). */
    public ScopeSet uncovered(ScopeSet required) {
        return required.filter(needed -> scopes.stream().noneMatch(held -> held.covers(needed)));
    }

    /** The scopes of this set that {@code keep} accepts, in this set's order. */
    public ScopeSet filter(Predicate<Scope> keep) {
        LinkedHashSet<Scope> kept = new LinkedHashSet<>();
        for (Scope scope : scopes) {
            if (keep.test(scope)) {
                kept.add(scope);
            }
        }
        return new ScopeSet(kept);
    }

    /** The scopes of this set that are also in {@code other}. */
    public ScopeSet intersect(ScopeSet other) {
        return filter(other::contains);
    }

    /** The scopes of this set that are not in {@code other}. */
    public ScopeSet minus(ScopeSet other) {
        return filter(scope -> !other.contains(scope));
    }

    /** This set followed by the scopes of {@code other} it does not have yet. */
    public ScopeSet union(ScopeSet other) {
        LinkedHashSet<Scope> all = new LinkedHashSet<>(scopes);
        all.addAll(other.scopes);
        return new ScopeSet(all);
    }

    /** The wire form: scopes separated by single spaces. */
    public String asString() {
        StringBuilder out = new StringBuilder();
        for (Scope scope : scopes) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(scope.value());
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return asString();
    }
}
