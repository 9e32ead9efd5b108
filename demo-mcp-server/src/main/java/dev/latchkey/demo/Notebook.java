package dev.latchkey.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The notes of the {@code add_note} tools: in memory, shared by every caller of this server, bounded. */
final class Notebook {

    /** At most this many notes; {@code delete_all_notes} makes room. */
    static final int CAPACITY = 1000;

    /** A note: its number (1-based position), text, who wrote it when the gateway said, and when. */
    record Note(int number, String text, Optional<String> author, Instant addedAt) {
        Note {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(author, "author");
            Objects.requireNonNull(addedAt, "addedAt");
        }
    }

    /** The outcome of adding a note. */
    sealed interface Added permits Stored, Full {}

    record Stored(Note note) implements Added {}

    record Full(int capacity) implements Added {}

    private final List<Note> notes = new ArrayList<>();

    synchronized Added add(String text, Optional<String> author, Instant now) {
        if (notes.size() >= CAPACITY) {
            return new Full(CAPACITY);
        }
        Note note = new Note(notes.size() + 1, text, author, now);
        notes.add(note);
        return new Stored(note);
    }

    synchronized List<Note> all() {
        return List.copyOf(notes);
    }

    /** Removes every note and says how many there were. */
    synchronized int clear() {
        int removed = notes.size();
        notes.clear();
        return removed;
    }
}
