package com.niasotac.djangoimport.cli;

import com.niasotac.djangoimport.domain.EntityResult;
import com.niasotac.djangoimport.domain.ImportReport;
import com.niasotac.djangoimport.service.ImportRun;
import com.niasotac.djangoimport.service.Imports;
import com.niasotac.djangoimport.source.MediaFolder;
import com.niasotac.djangoimport.source.SourceDatabase;
import com.niasotac.djangoimport.source.SourceException;
import com.niasotac.djangoimport.source.SourceUrl;
import com.niasotac.platform.config.EnvironmentSource;
import com.niasotac.platform.config.MediaSettings;
import com.niasotac.platform.config.SettingsSource;
import com.niasotac.platform.config.SettingsValidator;
import com.niasotac.platform.media.LocalDiskStorage;
import com.niasotac.platform.media.MediaStorage;
import com.niasotac.platform.media.S3MediaStorage;
import com.niasotac.platform.persistence.DatabaseUrl;
import com.niasotac.platform.persistence.Migrations;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.postgresql.ds.PGSimpleDataSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Copies a Django installation of the original NIASOTAC application (its database and MEDIA_ROOT) into the
 * database named by {@code DATABASE_URL} and the configured media storage, migrating the schema first. Safe to
 * run again and again: rows are compared with what the last run wrote. Wrapped by
 * {@code server-config/import-django.sh}; docs/migrating-from-django.md is the runbook.
 *
 * <p>Exit codes: 0 done, 1 done but rows were skipped (0 with --allow-skips), 2 nothing done (bad input).
 */
@Command(
        name = "import-django",
        mixinStandardHelpOptions = true,
        description = "Imports a Django NIASOTAC installation (database and media) into this application.")
public final class ImportDjangoCommand implements Callable<Integer> {

    static final int SKIPPED = 1;
    static final int BAD_INPUT = 2;
    /** One import at a time per target database, whoever runs it. */
    private static final String LOCK = "SELECT pg_try_advisory_lock(hashtext('niasotac:django-import'))";

    @Option(
            names = "--source",
            required = true,
            description = "sqlite:///path/db.sqlite3 or postgres://user:password@host:port/database")
    String source;

    @Option(names = "--media", required = true, description = "Django's MEDIA_ROOT folder")
    Path media;

    @Option(names = "--dry-run", description = "Read and check everything, write nothing; print what would change.")
    boolean dryRun;

    @Option(names = "--report", description = "Also write the report as JSON to this file.")
    Path reportFile;

    @Option(names = "--allow-skips", description = "Exit 0 even when rows were skipped (read the report first).")
    boolean allowSkips;

    @Option(
            names = "--variants-later",
            description = "Do not make the product images' 320/800 px variants now (about 0.1 s an image):"
                    + " the application's backfill makes them once it runs.")
    boolean variantsLater;

    private final SettingsSource environment;
    private final PrintStream out;
    private final PrintStream err;

    public ImportDjangoCommand() {
        this(EnvironmentSource.ofProcess(), System.out, System.err);
    }

    ImportDjangoCommand(SettingsSource environment, PrintStream out, PrintStream err) {
        this.environment = environment;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws SQLException, IOException {
        Optional<String> databaseUrl = environment.get(SettingsValidator.DATABASE_URL);
        List<String> problems = new ArrayList<>();
        Optional<MediaSettings.S3> s3 = SettingsValidator.s3(environment, problems);
        Optional<String> mediaRoot = environment.get(SettingsValidator.MEDIA_ROOT);
        if (databaseUrl.isEmpty()) {
            problems.add("DATABASE_URL is not set (postgres://user:password@host:port/database): where to import");
        }
        if (s3.isEmpty() && mediaRoot.filter(root -> Path.of(root).isAbsolute()).isEmpty()) {
            problems.add("MEDIA_ROOT (an absolute folder) or STORAGE_BACKEND=s3 with S3_*: where to store media");
        }
        if (!problems.isEmpty()) {
            problems.forEach(err::println);
            return BAD_INPUT;
        }
        Instant started = Instant.now();
        SourceUrl url;
        MediaFolder folder;
        PGSimpleDataSource target = new PGSimpleDataSource();
        try {
            url = SourceUrl.parse(source);
            folder = MediaFolder.open(media);
            DatabaseUrl.parse(databaseUrl.get()).configure(target);
        } catch (IllegalArgumentException | SourceException e) {
            err.println(e.getMessage());
            return BAD_INPUT;
        }
        target.setApplicationName("niasotac-django-import");
        try (SourceDatabase database = SourceDatabase.open(url);
                MediaStorage storage = s3.<MediaStorage>map(S3MediaStorage::new)
                        .orElseGet(() -> new LocalDiskStorage(Path.of(mediaRoot.get())));
                Connection connection = target.getConnection()) {
            if (!locked(connection)) {
                err.println("Another import into this database is running; wait for it to finish.");
                return BAD_INPUT;
            }
            // a dry run writes no file: no variants to make
            var imports = Imports.of(database, folder, storage, !variantsLater && !dryRun);
            ImportRun.checkSource(database, imports);
            if (!dryRun) {
                Migrations.flyway(target).migrate();
            }
            List<EntityResult> results = new ImportRun(database, connection, dryRun, imports, err).run();
            ImportReport report = new ImportReport(
                    url.describe(),
                    database.generation().label(),
                    folder.toString(),
                    s3.map(settings -> "s3 bucket " + settings.bucket()).orElseGet(() -> "local " + mediaRoot.get()),
                    dryRun,
                    started,
                    Instant.now(),
                    results);
            ReportTable.print(report, out);
            if (reportFile != null) {
                ReportJson.write(report, reportFile);
            }
            return report.skipped() > 0 && !allowSkips ? SKIPPED : 0;
        } catch (SourceException e) {
            err.println(e.getMessage());
            return BAD_INPUT;
        } catch (SQLException e) {
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            if (state.startsWith("28") || state.startsWith("08") || state.equals("3D000")) {
                // each row commits on its own: what was written before the failure is whole, and kept
                err.println("The target database (DATABASE_URL) refused the connection or is unreachable ("
                        + e.getMessage() + "); rows written before are kept, run the import again.");
                return BAD_INPUT;
            }
            throw e;
        }
    }

    private static boolean locked(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(LOCK);
                ResultSet rows = lock.executeQuery()) {
            rows.next();
            return rows.getBoolean(1);
        }
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new ImportDjangoCommand()).execute(args));
    }
}
