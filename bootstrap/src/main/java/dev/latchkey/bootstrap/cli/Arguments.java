package dev.latchkey.bootstrap.cli;

import dev.latchkey.domain.org.Role;
import dev.latchkey.domain.validation.Parsed;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Turns command-line text into domain values, or a usage error (exit 2) that says what is wrong. */
final class Arguments {

    private Arguments() {}

    static <T> T parse(CommandSpec spec, String what, String raw, Function<String, T> factory) {
        return switch (Parsed.of(raw, factory)) {
            case Parsed.Valid<T> valid -> valid.value();
            case Parsed.Invalid<T> invalid -> throw new ParameterException(spec.commandLine(),
                    what + ": " + invalid.reason() + ".");
        };
    }

    static Role role(CommandSpec spec, String raw) {
        return Role.fromWireName(raw.strip().toLowerCase(Locale.ROOT)).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "--role must be one of " + Arrays.stream(Role.values()).map(Role::wireName)
                        .collect(Collectors.joining(", ")) + ", not " + raw + "."));
    }
}
