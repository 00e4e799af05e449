package com.niasotac.djangoimport.domain;

import java.util.List;

/** One entity's line of the report, with the rows skipped and the notes on rows written. */
public record EntityResult(
        String entity,
        int imported,
        int updated,
        int unchanged,
        int deleted,
        int skipped,
        List<Skip> skips,
        List<String> notes) {

    public int changes() {
        return imported + updated + deleted;
    }
}
