package com.niasotac.djangoimport.service;

import java.util.List;

/** What to do with one Django row: write these values (with notes for the report), or refuse it and say why. */
public sealed interface Plan<V> {

    record Write<V>(V values, List<String> notes) implements Plan<V> {}

    record Refuse<V>(String reason) implements Plan<V> {}

    static <V> Plan<V> write(V values) {
        return new Write<>(values, List.of());
    }

    static <V> Plan<V> write(V values, List<String> notes) {
        return new Write<>(values, List.copyOf(notes));
    }

    static <V> Plan<V> refuse(String reason) {
        return new Refuse<>(reason);
    }
}
