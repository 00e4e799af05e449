package com.niasotac.djangoimport.service;

import com.niasotac.djangoimport.domain.EntityResult;
import com.niasotac.djangoimport.domain.Outcome;
import com.niasotac.djangoimport.domain.Skip;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** One entity's counts, skips and notes while a run goes. */
final class EntityTally {

    private final String entity;
    private final Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    private final List<Skip> skips = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    EntityTally(String entity) {
        this.entity = entity;
    }

    void count(Outcome outcome) {
        counts.merge(outcome, 1, Integer::sum);
    }

    void skip(long id, String row, String reason) {
        count(Outcome.SKIPPED);
        skips.add(new Skip(id, row, reason));
    }

    void note(String row, String note) {
        notes.add(row + ": " + note);
    }

    void note(String note) {
        notes.add(note);
    }

    EntityResult result() {
        return new EntityResult(
                entity,
                counts.getOrDefault(Outcome.IMPORTED, 0),
                counts.getOrDefault(Outcome.UPDATED, 0),
                counts.getOrDefault(Outcome.UNCHANGED, 0),
                counts.getOrDefault(Outcome.DELETED, 0),
                counts.getOrDefault(Outcome.SKIPPED, 0),
                List.copyOf(skips),
                List.copyOf(notes));
    }
}
