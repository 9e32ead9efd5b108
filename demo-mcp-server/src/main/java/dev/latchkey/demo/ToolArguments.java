package dev.latchkey.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code arguments} of a {@code tools/call}, read against the tool's {@code inputSchema}. Problems are
 * values with a message the model can act on (MCP "Tools: Error Handling": input validation errors are tool
 * execution errors).
 */
final class ToolArguments {

    private final String tool;
    private final ObjectNode values;

    ToolArguments(String tool, ObjectNode values) {
        this.tool = Objects.requireNonNull(tool, "tool");
        this.values = Objects.requireNonNull(values, "values");
    }

    /** A problem when an argument outside {@code allowed} was sent (every schema here forbids extra ones). */
    Optional<String> unexpected(Set<String> allowed) {
        List<String> extra = new ArrayList<>();
        values.fieldNames().forEachRemaining(name -> {
            if (!allowed.contains(name)) {
                extra.add(name);
            }
        });
        if (extra.isEmpty()) {
            return Optional.empty();
        }
        String expected = allowed.isEmpty() ? "takes no arguments" : "takes only " + allowed.stream().sorted().toList();
        return Optional.of("Unexpected argument(s) " + extra + ": " + tool + " " + expected + ".");
    }

    Checked<String> requiredString(String name) {
        JsonNode value = values.get(name);
        if (value == null || value.isNull()) {
            return new Checked.Invalid<>("Missing argument '" + name + "': " + tool + " needs a string '" + name + "'.");
        }
        if (!value.isTextual()) {
            return new Checked.Invalid<>("Argument '" + name + "' must be a string, not " + describe(value) + ".");
        }
        return new Checked.Valid<>(value.asText());
    }

    Checked<Optional<String>> optionalString(String name) {
        JsonNode value = values.get(name);
        if (value == null || value.isNull()) {
            return new Checked.Valid<>(Optional.empty());
        }
        if (!value.isTextual()) {
            return new Checked.Invalid<>("Argument '" + name + "' must be a string, not " + describe(value) + ".");
        }
        return new Checked.Valid<>(Optional.of(value.asText()));
    }

    /**
     * An integer in {@code [min, max]}; {@code 5.0} counts as the integer 5, as in JSON Schema 2020-12.
     * Absent, it is {@code fallback}, or a problem when there is none.
     */
    Checked<Integer> integer(String name, int min, int max, Optional<Integer> fallback) {
        JsonNode value = values.get(name);
        if (value == null || value.isNull()) {
            return fallback.<Checked<Integer>>map(Checked.Valid::new).orElseGet(() -> new Checked.Invalid<>(
                    "Missing argument '" + name + "': " + tool + " needs an integer '" + name + "' from " + min
                            + " to " + max + "."));
        }
        boolean integral = value.isIntegralNumber()
                || (value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0);
        if (!integral) {
            return new Checked.Invalid<>("Argument '" + name + "' must be an integer, not " + describe(value) + ".");
        }
        if (value.decimalValue().compareTo(BigDecimal.valueOf(min)) < 0
                || value.decimalValue().compareTo(BigDecimal.valueOf(max)) > 0) {
            return new Checked.Invalid<>("Argument '" + name + "' must be from " + min + " to " + max + ", not "
                    + value.asText() + ".");
        }
        return new Checked.Valid<>(value.decimalValue().intValueExact());
    }

    private static String describe(JsonNode value) {
        return switch (value.getNodeType()) {
            case STRING -> "a string";
            case NUMBER -> "the number " + value.asText();
            case BOOLEAN -> "a boolean";
            case ARRAY -> "an array";
            case OBJECT, POJO -> "an object";
            default -> "that value";
        };
    }
}
