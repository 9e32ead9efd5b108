package dev.latchkey.adapters.sqlite;

import dev.latchkey.domain.authorization.AuthorizationRequest;
import dev.latchkey.domain.authorization.CodeChallenge;
import dev.latchkey.domain.client.ClientId;
import dev.latchkey.domain.client.GrantType;
import dev.latchkey.domain.client.RedirectUri;
import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.resource.ResourceUri;
import dev.latchkey.domain.resource.UpstreamHeader;
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
            "client_id, redirect_uri, redirect_uri_given, scope, ignored_scopes, state, code_challenge, resource, nonce";

    /** One placeholder per column of {@link #REQUEST_COLUMNS}. */
    static final String REQUEST_PLACEHOLDERS = "?, ?, ?, ?, ?, ?, ?, ?, ?";

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
     * hold a line break, so each is escaped first (see {@link #lines}); no contacts at all is NULL, so that a
     * single empty contact survives.
     */
    static Optional<String> contacts(List<String> contacts) {
        return lines(contacts);
    }

    static List<String> contacts(Optional<String> text) {
        return lines(text);
    }

    /**
     * The headers of a gateway resource's upstream, in order, as newline-separated {@code Name:value} lines
     * escaped like {@link #lines}: a header name is an HTTP token and never holds a colon, so the first colon
     * of a line ends the name and the value is kept byte for byte, spaces included. None is NULL.
     */
    static Optional<String> headers(List<UpstreamHeader> headers) {
        return lines(headers.stream().map(header -> header.name() + ":" + header.value()).toList());
    }

    static List<UpstreamHeader> headers(Optional<String> text) {
        List<UpstreamHeader> headers = new ArrayList<>();
        for (String line : lines(text)) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new StorageException("a stored upstream header is not 'Name:value'");
            }
            headers.add(new UpstreamHeader(line.substring(0, colon), line.substring(colon + 1)));
        }
        return headers;
    }

    /**
     * Strings as newline-separated text, each escaped first (backslash as {@code \\}, line feed as
     * {@code \n}) so that a string may hold a line break; no strings at all is NULL.
     */
    private static Optional<String> lines(List<String> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(String.join("\n", values.stream()
                .map(value -> value.replace("\\", "\\\\").replace("\n", "\\n"))
                .toList()));
    }

    private static List<String> lines(Optional<String> text) {
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (String escaped : text.get().split("\n", -1)) {
            values.add(unescape(escaped));
        }
        return values;
    }

    private static String unescape(String escaped) {
        StringBuilder value = new StringBuilder(escaped.length());
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == '\\' && i + 1 < escaped.length()) {
                char next = escaped.charAt(++i);
                value.append(next == 'n' ? '\n' : next);
            } else {
                value.append(c);
            }
        }
        return value.toString();
    }

    /** A role as stored by its wire name. */
    static Role role(String stored) {
        return Role.fromWireName(stored)
                .orElseThrow(() -> new StorageException("unknown role '" + stored + "' stored"));
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
            request.resource().value(),
            request.nonce()
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
                new ResourceUri(row.text("resource")),
                row.optionalText("nonce"));
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
