package com.niasotac.djangoimport.service;

import com.niasotac.djangoimport.source.SourceRow;
import java.sql.SQLException;
import java.util.Optional;

/**
 * One kind of Django row and how it becomes a row here. {@link ImportRun} streams {@link #sourceQuery()},
 * plans each row, compares the plan's values with what was written last time, and calls insert or update in a
 * transaction of their own; Django ids no longer in {@link #presentIdsQuery()} are deleted here.
 *
 * @param <R> the Django row as read
 * @param <V> the values written here: a record, whose text is the row's fingerprint
 */
public interface EntityImport<R, V> {

    /** The name in the report and in {@code django_import_map}. */
    String entity();

    /** Every row to import, in the order they can be written (parents before children). */
    String sourceQuery();

    /** The Django ids that exist now, ascending: mapped ids missing from it were deleted in Django. */
    String presentIdsQuery();

    R read(SourceRow row) throws SQLException;

    long oldId(R row);

    /** How the report names the row: a slug, an address, a file. */
    String describe(R row);

    /** Resolves references, checks the rules of this schema; cheap (no file is read). */
    Plan<V> plan(R row, ImportContext context) throws SQLException;

    /** Work too costly for unchanged rows, done only before writing (reading a file); may still refuse. */
    default Plan<V> prepare(V values) {
        return Plan.write(values);
    }

    long insert(Tx tx, V values) throws SQLException;

    /** False when the row imported earlier is no longer here (deleted in this application): it is made again. */
    boolean update(Tx tx, long newId, V values) throws SQLException;

    void delete(Tx tx, long newId) throws SQLException;

    /** After every row was written: work over the whole entity (a sequence, a rule across rows). */
    default Optional<String> finish(Tx tx) throws SQLException {
        return Optional.empty();
    }

    /** Whether a progress bar follows this entity (its rows carry files to copy). */
    default boolean copiesFiles() {
        return false;
    }

    /** A fact about the source worth a line of the report (rows left out by design). */
    default Optional<String> sourceNote(com.niasotac.djangoimport.source.SourceDatabase source) throws SQLException {
        return Optional.empty();
    }
}
