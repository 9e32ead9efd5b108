package dev.latchkey.application.client;

import dev.latchkey.domain.client.RedirectUri;
import dev.latchkey.domain.validation.Parsed;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/** Redirect URIs as typed in a form, one per line: each checked on its own, blanks and repeats dropped. */
final class RedirectUriList {

    static final int MAX = 20;

    private RedirectUriList() {}

    /** The URIs, or empty when one is invalid or there are too many (see {@link #problem}). */
    static Optional<List<RedirectUri>> parse(List<String> typed) {
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        typed.stream().map(String::strip).filter(text -> !text.isEmpty()).forEach(distinct::add);
        if (distinct.size() > MAX) {
            return Optional.empty();
        }
        List<RedirectUri> uris = new ArrayList<>();
        for (String text : distinct) {
            if (!(Parsed.of(text, RedirectUri::new) instanceof Parsed.Valid<RedirectUri> valid)) {
                return Optional.empty();
            }
            uris.add(valid.value());
        }
        return Optional.of(uris);
    }

    /** What is wrong with the typed URIs, for the form. */
    static String problem(List<String> typed) {
        long count = typed.stream().map(String::strip).filter(text -> !text.isEmpty()).distinct().count();
        if (count > MAX) {
            return "List at most " + MAX + " redirect URIs.";
        }
        for (String text : typed) {
            if (!text.isBlank() && Parsed.of(text.strip(), RedirectUri::new) instanceof Parsed.Invalid<RedirectUri> bad) {
                return bad.reason() + ".";
            }
        }
        return "The redirect URIs are not valid.";
    }
}
