package com.niasotac.djangoimport.service;

import java.sql.Connection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What a plan may look up: the ids rows got here, and the target database (read only while planning). */
public final class ImportContext {

    /** The id of a row a dry run would import: unknown, since nothing is written. */
    public static final long NOT_WRITTEN = -1;

    private final Connection target;
    private final IdMap map;
    private final boolean dryRun;
    private final Map<String, Set<Long>> wouldImport = new HashMap<>();

    ImportContext(Connection target, IdMap map, boolean dryRun) {
        this.target = target;
        this.map = map;
        this.dryRun = dryRun;
    }

    /** The id here of a Django row of {@code entity}, if it was imported (or, in a dry run, would be). */
    public Optional<Long> newId(String entity, long oldId) throws java.sql.SQLException {
        Optional<Long> mapped = map.find(entity, oldId).map(IdMap.Mapped::newId);
        if (mapped.isEmpty()
                && dryRun
                && wouldImport.getOrDefault(entity, Set.of()).contains(oldId)) {
            return Optional.of(NOT_WRITTEN);
        }
        return mapped;
    }

    public Connection target() {
        return target;
    }

    void wouldImport(String entity, long oldId) {
        wouldImport.computeIfAbsent(entity, e -> new HashSet<>()).add(oldId);
    }
}
