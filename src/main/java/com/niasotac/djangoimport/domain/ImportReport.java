package com.niasotac.djangoimport.domain;

import java.time.Instant;
import java.util.List;

/** What one run of the importer did (or, with --dry-run, would do), entity by entity. */
public record ImportReport(
        String source,
        String generation,
        String media,
        String storage,
        boolean dryRun,
        Instant startedAt,
        Instant finishedAt,
        List<EntityResult> entities) {

    public int skipped() {
        return entities.stream().mapToInt(EntityResult::skipped).sum();
    }

    public int changes() {
        return entities.stream().mapToInt(EntityResult::changes).sum();
    }
}
