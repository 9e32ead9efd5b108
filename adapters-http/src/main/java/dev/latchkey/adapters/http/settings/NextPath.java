package dev.latchkey.adapters.http.settings;

import java.util.Optional;

/**
 * Where to send the browser after signing in. Only a path on this server is followed (it starts with
 * "/" but not "//", and has no backslash or control character, which browsers may read as another
 * host), so a link cannot use the sign-in page to send people elsewhere (an open redirect).
 */
final class NextPath {

    static final String DEFAULT = "/settings/apps";

    private NextPath() {}

    /** {@code next} if it is a local path, else empty. */
    static Optional<String> parse(Optional<String> next) {
        return next.filter(NextPath::isLocal);
    }

    /** {@code next} if it is a local path, else the connected apps page. */
    static String orDefault(Optional<String> next) {
        return parse(next).orElse(DEFAULT);
    }

    static boolean isLocal(String path) {
        return path.startsWith("/") && !path.startsWith("//") && path.indexOf('\\') < 0 && path.length() <= 2048
                && path.chars().allMatch(c -> c > 0x20 && c < 0x7F);
    }
}
