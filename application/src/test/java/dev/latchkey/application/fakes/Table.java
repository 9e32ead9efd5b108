package dev.latchkey.application.fakes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Rows by key, in insertion order (a replaced row keeps its place, like a SQLite rowid). Not thread-safe:
 * the fakes call it under their {@link FakeLock}. {@link #snapshot()} lets a transaction put the rows back.
 */
final class Table<K, V> {

    private final String rowName;
    private LinkedHashMap<K, V> rows = new LinkedHashMap<>();

    Table(String rowName) {
        this.rowName = rowName;
    }

    /** Adds a row whose key must be new, like an INSERT on a primary key. */
    void insert(K key, V row) {
        if (rows.containsKey(key)) {
            throw new IllegalStateException("a " + rowName + " with key " + key + " already exists");
        }
        rows.put(key, row);
    }

    /** Adds a row or replaces the row with the same key, keeping its place. */
    void put(K key, V row) {
        rows.put(key, row);
    }

    Optional<V> get(K key) {
        return Optional.ofNullable(rows.get(key));
    }

    /** The first row, in insertion order, that {@code test} accepts. */
    Optional<V> first(Predicate<V> test) {
        return rows.values().stream().filter(test).findFirst();
    }

    /** Whether any row is accepted by {@code test}, for unique columns other than the key. */
    boolean any(Predicate<V> test) {
        return rows.values().stream().anyMatch(test);
    }

    /**
     * Replaces the row of {@code key} with {@code change} applied to it, only when {@code expected} accepts
     * the current row: a compare-and-set.
     *
     * @return whether the row was changed
     */
    boolean replaceIf(K key, Predicate<V> expected, UnaryOperator<V> change) {
        V current = rows.get(key);
        if (current == null || !expected.test(current)) {
            return false;
        }
        rows.put(key, change.apply(current));
        return true;
    }

    /** Replaces every row {@code expected} accepts with {@code change} applied to it; returns how many. */
    int replaceAll(Predicate<V> expected, UnaryOperator<V> change) {
        int changed = 0;
        for (var entry : rows.entrySet()) {
            if (expected.test(entry.getValue())) {
                entry.setValue(change.apply(entry.getValue()));
                changed++;
            }
        }
        return changed;
    }

    boolean remove(K key) {
        return rows.remove(key) != null;
    }

    /** Removes every row {@code test} accepts; returns how many. */
    int removeIf(Predicate<V> test) {
        int before = rows.size();
        rows.values().removeIf(test);
        return before - rows.size();
    }

    /** A copy of the rows, in insertion order. */
    List<V> rows() {
        return new ArrayList<>(rows.values());
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Saves the rows; running the returned action puts them back. */
    Runnable snapshot() {
        LinkedHashMap<K, V> saved = new LinkedHashMap<>(rows);
        return () -> rows = new LinkedHashMap<>(saved);
    }
}
