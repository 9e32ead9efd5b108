package dev.latchkey.adapters.web;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * The syntax of a Client Identifier URL (draft-ietf-oauth-client-id-metadata-document-02 §3; §3 of -00
 * says the same): it "MUST use the https URL scheme", "MUST NOT contain a userinfo component", "MUST
 * contain a path component", "MUST NOT contain single-dot or double-dot path components" and "MUST NOT
 * contain a fragment component". A port is allowed; a query is only discouraged ("SHOULD NOT"), so it is
 * accepted. A path of just {@code /} is a path: the draft calls it "NOT RECOMMENDED", not forbidden, so it
 * is accepted too. Checked before any network I/O.
 */
final class ClientIdUrlRules {

    private ClientIdUrlRules() {}

    /** What is wrong with {@code url} as a Client Identifier URL, in a sentence with the fix; empty if nothing. */
    static Optional<String> problem(URI url) {
        String shown = url.toString();
        if (url.getScheme() == null) {
            return Optional.of("The client_id " + shown + " is not an absolute URL. A Client ID Metadata Document"
                    + " is identified by an https URL such as https://client.example/oauth/client.json.");
        }
        if (!url.getScheme().toLowerCase(Locale.ROOT).equals("https")) {
            return Optional.of("The client_id URL " + shown + " uses " + url.getScheme() + ", but a Client"
                    + " Identifier URL must use https. Serve the Client ID Metadata Document over https and use"
                    + " that https URL as the client_id.");
        }
        if (url.isOpaque() || url.getHost() == null) {
            return Optional.of("The client_id URL " + shown + " has no host name Latchkey can use. Use an"
                    + " https URL with a DNS name, such as https://client.example/oauth/client.json.");
        }
        if (url.getRawUserInfo() != null) {
            return Optional.of("The client_id URL " + shown + " contains a user name or password before the"
                    + " host, which a Client Identifier URL must not. Remove the part up to and including '@'.");
        }
        if (url.getRawFragment() != null) {
            return Optional.of("The client_id URL " + shown + " contains a fragment ('#...'), which a Client"
                    + " Identifier URL must not. Remove the fragment.");
        }
        if (url.getPort() == 0 || url.getPort() > 65_535) {
            return Optional.of("The client_id URL " + shown + " has the invalid port " + url.getPort()
                    + ". Use a port from 1 to 65535, or none for 443.");
        }
        String path = url.getRawPath();
        if (path == null || path.isEmpty()) {
            return Optional.of("The client_id URL " + shown + " has no path, which a Client Identifier URL must"
                    + " have. Serve the document at a path, such as https://" + url.getRawAuthority()
                    + "/oauth/client.json, and use"
                    + " that URL as the client_id.");
        }
        for (String segment : path.split("/", -1)) {
            String decoded = segment.toLowerCase(Locale.ROOT).replace("%2e", ".");
            if (decoded.equals(".") || decoded.equals("..")) {
                return Optional.of("The client_id URL " + shown + " contains a '.' or '..' path segment, which"
                        + " a Client Identifier URL must not. Use the URL with those segments resolved.");
            }
        }
        return Optional.empty();
    }
}
