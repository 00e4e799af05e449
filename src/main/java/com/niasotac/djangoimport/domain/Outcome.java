package com.niasotac.djangoimport.domain;

/** What a run did with one Django row. */
public enum Outcome {
    /** New here (or made again after it disappeared here). */
    IMPORTED,
    /** Imported before, changed in Django since: rewritten. */
    UPDATED,
    /** Imported before, the same in Django: not touched. */
    UNCHANGED,
    /** Imported before, gone from Django since: removed here. */
    DELETED,
    /** Not written, for the reason the report gives; a later run tries again. */
    SKIPPED
}
