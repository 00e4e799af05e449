package com.niasotac.djangoimport.cli;

import com.niasotac.djangoimport.domain.EntityResult;
import com.niasotac.djangoimport.domain.ImportReport;
import com.niasotac.djangoimport.domain.Skip;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** The report as the operator reads it on the terminal: a line per entity, then every skip and note. */
final class ReportTable {

    private static final String ROW = "%-24s %9s %9s %10s %8s %8s%n";

    /** Skips and notes shown per entity; --report has them all. */
    static final int SHOWN = 25;

    private ReportTable() {}

    private static void more(PrintStream out, EntityResult e, String what, int count) {
        if (count > SHOWN) {
            out.printf(
                    Locale.ROOT,
                    "         %s: %d more %s (--report lists them all)%n",
                    e.entity(),
                    count - SHOWN,
                    what);
        }
    }

    static void print(ImportReport report, PrintStream out) {
        out.printf(
                Locale.ROOT,
                "%s %s (%s schema), media %s → %s%n%n",
                report.dryRun() ? "Dry run, nothing written:" : "Imported",
                report.source(),
                report.generation(),
                report.media(),
                report.storage());
        out.printf(Locale.ROOT, ROW, "entity", "imported", "updated", "unchanged", "deleted", "skipped");
        for (EntityResult e : report.entities()) {
            out.printf(
                    Locale.ROOT, ROW, e.entity(), e.imported(), e.updated(), e.unchanged(), e.deleted(), e.skipped());
        }
        for (EntityResult e : report.entities()) {
            List<Skip> skips = e.skips();
            skips.stream()
                    .limit(SHOWN)
                    .forEach(skip -> out.printf(
                            Locale.ROOT, "skipped  %s #%d %s: %s%n", e.entity(), skip.id(), skip.row(), skip.reason()));
            more(out, e, "skipped", skips.size());
        }
        for (EntityResult e : report.entities()) {
            e.notes().stream()
                    .limit(SHOWN)
                    .forEach(note -> out.printf(Locale.ROOT, "note     %s: %s%n", e.entity(), note));
            more(out, e, "noted", e.notes().size());
        }
        long seconds = Duration.between(report.startedAt(), report.finishedAt()).toSeconds();
        out.println();
        if (report.changes() == 0) {
            out.printf(
                    Locale.ROOT,
                    "Nothing %s: the target already holds the source as it is (%d s).%n",
                    report.dryRun() ? "would change" : "changed",
                    seconds);
        } else {
            out.printf(
                    Locale.ROOT,
                    "%d row(s) %s, %d skipped (%d s).%n",
                    report.changes(),
                    report.dryRun() ? "would change" : "changed",
                    report.skipped(),
                    seconds);
        }
    }
}
