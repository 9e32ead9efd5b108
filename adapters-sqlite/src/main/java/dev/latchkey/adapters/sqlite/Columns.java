package dev.latchkey.adapters.sqlite;

import dev.latchkey.domain.authorization.AuthorizationRequest;
import dev.latchkey.domain.authorization.CodeChallenge;
import dev.latchkey.domain.client.ClientId;
import dev.latchkey.domain.client.GrantType;
import dev.latchkey.domain.client.RedirectUri;
import dev.latchkey.domain.resource.ResourceUri;
import dev.latchkey.domain.scope.ScopeSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** How values that are not a single column type are written to and read from text columns. */
final class Columns {

    /**
     * The columns of an {@link AuthorizationRequest}, shared by pending authorizations and codes, in the order
     * {@link #requestValues} gives them.
     */
    static final String REQUEST_COLUMNS =
            "client_id, redirect_uri, redirect_uri_given, scope, ignored_scopes, state, code_challenge, resource";

    private Columns() {}

    /** Scopes as the space-delimited wire form (RFC 6749 §3.3), in their order. */
    static String scopes(ScopeSet scopes) {
        return scopes.asString();
    }

    static ScopeSet scopes(String text) {
        return ScopeSet.parse(text);
    }

    /** Grant types as space-separated wire names, sorted so that equal sets are stored alike. */
    static String grantTypes(Set<GrantType> grantTypes) {
        return String.join(" ", grantTypes.stream().map(GrantType::wireName).sorted().toList());
    }

    static Set<GrantType> grantTypes(String text) {
        Set<GrantType> grantTypes = EnumSet.noneOf(GrantType.class);
        for (String name : text.split(" ")) {
            if (!name.isEmpty()) {
                grantTypes.add(GrantType.fromWireName(name)
                        .orElseThrow(() -> new StorageException("unknown grant type '" + name + "' in a stored client")));
            }
        }
        return grantTypes;
    }

    /**
     * Contacts as newline-separated text. A contact is free text from a registration request and may itself
     * hold a line break, so each is escaped first (backslash as {@code \\}, line feed as {@code \n}); no
     * contacts at all is NULL, so that a single empty contact survives.
     */
    static Optional<String> contacts(List<String> contacts) {
        if (contacts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(String.join("\n", contacts.stream()
                .map(contact -> contact.replace("\\", "\\\\").replace("\n", "\\n"))
                .toList()));
    }

    static List<String> contacts(Optional<String> text) {
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> contacts = new ArrayList<>();
        for (String escaped : text.get().split("\n", -1)) {
            contacts.add(unescape(escaped));
        }
        return contacts;
    }

    private static String unescape(String escaped) {
        StringBuilder contact = new StringBuilder(escaped.length());
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == '\\' && i + 1 < escaped.length()) {
                char next = escaped.charAt(++i);
                contact.append(next == 'n' ? '\n' : next);
            } else {
                contact.append(c);
            }
        }
        return contact.toString();
    }

    /** The values of {@link #REQUEST_COLUMNS} for {@code request}. */
    static Object[] requestValues(AuthorizationRequest request) {
        return new Object[] {
            request.clientId().value(),
            request.redirectUri().value(),
            request.redirectUriGiven(),
            scopes(request.scope()),
            scopes(request.ignoredScopes()),
            request.state(),
            request.codeChallenge().value(),
            request.resource().value()
        };
    }

    /** Reads the {@link #REQUEST_COLUMNS} of the current row. */
    static AuthorizationRequest request(Row row) throws SQLException {
        return new AuthorizationRequest(
                new ClientId(row.text("client_id")),
                new RedirectUri(row.text("redirect_uri")),
                row.flag("redirect_uri_given"),
                scopes(row.text("scope")),
                scopes(row.text("ignored_scopes")),
                row.optionalText("state"),
                new CodeChallenge(row.text("code_challenge")),
                new ResourceUri(row.text("resource")));
    }

    /**
     * Statement parameters from values and arrays of values (such as {@link #requestValues}), flattened in
     * order.
     */
    static Object[] parameters(Object... valuesAndArrays) {
        List<Object> flat = new ArrayList<>();
        for (Object value : valuesAndArrays) {
            if (value instanceof Object[] values) {
                flat.addAll(Arrays.asList(values));
            } else {
                flat.add(value);
            }
        }
        return flat.toArray();
    }
}
