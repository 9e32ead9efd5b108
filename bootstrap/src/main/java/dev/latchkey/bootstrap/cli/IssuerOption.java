package dev.latchkey.bootstrap.cli;

import dev.latchkey.bootstrap.LatchkeyConfig;
import dev.latchkey.domain.server.Issuer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --issuer} for management commands that print URLs (a gateway resource lives at
 * {@code {issuer}/mcp/NAME}). It reads the same environment as {@code serve}, so with the same
 * environment the printed URLs are the server's.
 */
public final class IssuerOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--issuer", paramLabel = "URL", defaultValue = "${env:LATCHKEY_ISSUER:-}",
            description = "The server's issuer, to print the URLs clients use (env LATCHKEY_ISSUER; default:"
                    + " http://<LATCHKEY_BIND or 127.0.0.1>:<LATCHKEY_PORT or 8080>).")
    String issuer;

    Issuer issuer() {
        if (issuer != null && !issuer.isBlank()) {
            try {
                return new Issuer(issuer.strip());
            } catch (IllegalArgumentException invalid) {
                throw new ParameterException(spec.commandLine(), "--issuer: " + invalid.getMessage() + ".");
            }
        }
        String bind = System.getenv().getOrDefault("LATCHKEY_BIND", "127.0.0.1");
        String port = System.getenv().getOrDefault("LATCHKEY_PORT", "8080");
        try {
            return LatchkeyConfig.defaultIssuer(bind, Integer.parseInt(port));
        } catch (IllegalArgumentException invalid) {
            throw new ParameterException(spec.commandLine(), "LATCHKEY_BIND/LATCHKEY_PORT do not make a valid"
                    + " issuer; pass --issuer.");
        }
    }
}
