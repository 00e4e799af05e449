package com.niasotac.djangoimport.service;

import com.niasotac.djangoimport.domain.EntityResult;
import com.niasotac.djangoimport.domain.Outcome;
import com.niasotac.djangoimport.source.SourceDatabase;
import com.niasotac.platform.media.MediaStorageException;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * One import: every entity's rows in dependency order, each written in its own transaction with its mapping
 * (so a failure never leaves half a row, and an interrupted run resumes where it stopped), then the rows
 * deleted in Django, in reverse order. A dry run plans and reads everything and writes nothing.
 */
public final class ImportRun {

    private final SourceDatabase source;
    private final Connection target;
    private final boolean dryRun;
    private final List<EntityImport<?, ?>> imports;
    private final PrintStream progress;
    private final IdMap map;
    private final ImportContext context;
    private final Map<String, EntityTally> tallies = new LinkedHashMap<>();

    public ImportRun(
            SourceDatabase source,
            Connection target,
            boolean dryRun,
            List<EntityImport<?, ?>> imports,
            PrintStream progress)
            throws SQLException {
        this.source = source;
        this.target = target;
        this.dryRun = dryRun;
        this.imports = List.copyOf(imports);
        this.progress = progress;
        target.setAutoCommit(false);
        // One transaction per row, tens of thousands of them: not waiting for each commit's flush to disk is
        // safe here, since a crash can only lose the last rows, which the next run (it resumes) writes again.
        try (var statement = target.createStatement()) {
            statement.execute("SET synchronous_commit = off");
        }
        this.map = new IdMap(target);
        this.context = new ImportContext(target, map, dryRun);
        imports.forEach(entity -> tallies.put(entity.entity(), new EntityTally(entity.entity())));
        target.rollback();
    }

    /** Every query a run sends to the source, for no rows: a schema that does not fit fails here, before any write. */
    public static void checkSource(SourceDatabase source, List<EntityImport<?, ?>> imports) throws SQLException {
        for (EntityImport<?, ?> entity : imports) {
            source.probe(entity.sourceQuery());
            source.probe(entity.presentIdsQuery());
        }
    }

    public List<EntityResult> run() throws SQLException {
        for (EntityImport<?, ?> entity : imports) {
            importRows(entity);
        }
        for (int i = imports.size() - 1; i >= 0; i--) {
            deleteGone(imports.get(i));
        }
        return tallies.values().stream().map(EntityTally::result).toList();
    }

    private <R, V> void importRows(EntityImport<R, V> entity) throws SQLException {
        EntityTally tally = tallies.get(entity.entity());
        Optional<String> sourceNote = entity.sourceNote(source);
        sourceNote.ifPresent(tally::note);
        try (ProgressBar bar = entity.copiesFiles() ? progressBar(entity) : null) {
            source.forEach(entity.sourceQuery(), row -> {
                importRow(entity, entity.read(row), tally);
                if (bar != null) {
                    bar.step();
                }
            });
        }
        target.rollback(); // lookups of the last unchanged rows
        if (!dryRun) {
            inTransaction(entity::finish, tally::note).flatMap(note -> note).ifPresent(tally::note);
        }
    }

    private ProgressBar progressBar(EntityImport<?, ?> entity) throws SQLException {
        return new ProgressBarBuilder()
                .setTaskName(entity.entity())
                .setInitialMax(source.count(entity.sourceQuery()))
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(500)
                .setConsumer(new ConsoleProgressBarConsumer(progress))
                .continuousUpdate()
                .build();
    }

    private <R, V> void importRow(EntityImport<R, V> entity, R row, EntityTally tally) throws SQLException {
        long oldId = entity.oldId(row);
        String described = entity.describe(row);
        Plan<V> plan = entity.plan(row, context);
        if (plan instanceof Plan.Refuse<V> refused) {
            tally.skip(oldId, described, refused.reason());
            return;
        }
        V values = ((Plan.Write<V>) plan).values();
        String fingerprint = Fingerprint.of(values);
        Optional<IdMap.Mapped> mapped = map.find(entity.entity(), oldId);
        if (mapped.isPresent() && mapped.get().fingerprint().equals(fingerprint)) {
            tally.count(Outcome.UNCHANGED);
            return;
        }
        Plan<V> prepared = entity.prepare(values);
        if (prepared instanceof Plan.Refuse<V> refused) {
            tally.skip(oldId, described, refused.reason());
            return;
        }
        Plan.Write<V> write = (Plan.Write<V>) prepared;
        List<String> notes = new ArrayList<>(((Plan.Write<V>) plan).notes());
        notes.addAll(write.notes());
        if (dryRun) {
            context.wouldImport(entity.entity(), oldId);
            tally.count(mapped.isPresent() ? Outcome.UPDATED : Outcome.IMPORTED);
            notes.forEach(note -> tally.note(described, note));
            return;
        }
        Optional<Outcome> outcome = inTransaction(
                tx -> {
                    if (mapped.isPresent() && entity.update(tx, mapped.get().newId(), write.values())) {
                        map.put(entity.entity(), oldId, mapped.get().newId(), fingerprint);
                        return Outcome.UPDATED;
                    }
                    map.put(entity.entity(), oldId, entity.insert(tx, write.values()), fingerprint);
                    return Outcome.IMPORTED;
                },
                problem -> tally.skip(oldId, described, problem));
        outcome.ifPresent(done -> {
            tally.count(done);
            notes.forEach(note -> tally.note(described, note));
        });
    }

    /** Merges the source's ids with the mapping (both ascending): mapped ids the source lacks are deleted. */
    private void deleteGone(EntityImport<?, ?> entity) throws SQLException {
        List<IdMap.Mapped> gone = new ArrayList<>();
        try (SourceDatabase.Ids present = source.ids(entity.presentIdsQuery());
                IdMap.Cursor mapped = map.cursor(entity.entity())) {
            OptionalLong next = present.next();
            for (Optional<IdMap.Mapped> m = mapped.next(); m.isPresent(); m = mapped.next()) {
                long oldId = m.get().oldId();
                while (next.isPresent() && next.getAsLong() < oldId) {
                    next = present.next();
                }
                if (next.isEmpty() || next.getAsLong() != oldId) {
                    gone.add(m.get());
                }
            }
        }
        target.rollback();
        EntityTally tally = tallies.get(entity.entity());
        if (dryRun) {
            gone.forEach(m -> tally.count(Outcome.DELETED));
            return;
        }
        // A row another gone row still refers to (a parent category) is retried once the others are gone.
        Map<IdMap.Mapped, String> pending = new LinkedHashMap<>();
        gone.forEach(m -> pending.put(m, ""));
        int before;
        do {
            before = pending.size();
            for (IdMap.Mapped m : List.copyOf(pending.keySet())) {
                Optional<Outcome> deleted = inTransaction(
                        tx -> {
                            entity.delete(tx, m.newId());
                            map.remove(entity.entity(), m.oldId());
                            return Outcome.DELETED;
                        },
                        problem -> pending.put(m, problem));
                if (deleted.isPresent()) {
                    pending.remove(m);
                    tally.count(Outcome.DELETED);
                }
            }
        } while (!pending.isEmpty() && pending.size() < before);
        pending.forEach((m, problem) ->
                tally.skip(m.oldId(), "#" + m.newId() + " here", "deleted in Django, kept here: " + problem));
    }

    private void undo(Tx tx) throws SQLException {
        target.rollback();
        tx.rollbackActions().forEach(Runnable::run);
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Tx tx) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction and answers its result; on failure rolls it back (and deletes the
     * files it stored), tells {@code onFailure} why, and answers empty.
     */
    private <T> Optional<T> inTransaction(Work<T> work, Consumer<String> onFailure) throws SQLException {
        Tx tx = new Tx(target);
        T result;
        try {
            result = work.run(tx);
            target.commit();
        } catch (SQLException e) {
            undo(tx);
            onFailure.accept(TargetProblems.explain(e));
            return Optional.empty();
        } catch (MediaStorageException e) {
            undo(tx);
            onFailure.accept("the media storage failed: " + e.getMessage());
            return Optional.empty();
        }
        for (Runnable action : tx.commitActions()) {
            try {
                action.run();
            } catch (MediaStorageException e) {
                // the row is written; a file it replaced stays behind in the store, under a key nothing uses
                progress.println("warning: " + e.getMessage());
            }
        }
        return Optional.of(result);
    }
}
