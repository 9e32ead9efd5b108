package dev.latchkey.adapters.http.ui;

import dev.latchkey.domain.scope.Scope;

/** Scopes in plain words, for the consent page. */
public final class ScopeDescriptions {

    private ScopeDescriptions() {}

    public static String describe(Scope scope, String resourceName) {
        if (scope.equals(Scope.MCP_USE)) {
            return "Use the MCP server \u201c" + resourceName + "\u201d on your behalf: list and call its tools, read"
                    + " its resources and prompts.";
        }
        if (scope.equals(Scope.OPENID)) {
            return "Know who you are: your account identifier on this server.";
        }
        if (scope.equals(Scope.PROFILE)) {
            return "See your profile: your username and display name.";
        }
        if (scope.equals(Scope.EMAIL)) {
            return "See your email address.";
        }
        if (scope.equals(Scope.OFFLINE_ACCESS)) {
            return "Stay connected while you are away: the application may renew its access without asking you"
                    + " again, until you revoke it.";
        }
        return "The \u201c" + scope.value() + "\u201d permission of \u201c" + resourceName + "\u201d.";
    }
}
