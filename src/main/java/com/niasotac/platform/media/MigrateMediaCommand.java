package com.niasotac.platform.media;

import com.niasotac.platform.config.EnvironmentSource;
import com.niasotac.platform.config.MediaSettings;
import com.niasotac.platform.config.SettingsSource;
import com.niasotac.platform.config.SettingsValidator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Copies the media under {@code MEDIA_ROOT} into the S3 bucket of the {@code S3_*} settings, keeping the keys
 * (so the database needs no change). Idempotent and resumable: an object already there with the same size is
 * skipped, so it can run again after a failure, or before and after the switch to catch late uploads.
 * Wrapped by {@code server-config/migrate-media.sh}.
 */
@Command(
        name = "migrate-media",
        mixinStandardHelpOptions = true,
        description = "Copies local media (MEDIA_ROOT) to the S3 bucket (S3_BUCKET, S3_REGION, …).")
public final class MigrateMediaCommand implements Callable<Integer> {

    @Option(names = "--dry-run", description = "Report what would be copied, copy nothing.")
    boolean dryRun;

    private final SettingsSource source;
    private final PrintStream out;

    public MigrateMediaCommand() {
        this(EnvironmentSource.ofProcess(), System.out);
    }

    MigrateMediaCommand(SettingsSource source, PrintStream out) {
        this.source = source;
        this.out = out;
    }

    /** What one run did. */
    public record Report(int copied, int present, int failed, int ignored) {}

    @Override
    public Integer call() throws IOException {
        Optional<Path> root = source.get(SettingsValidator.MEDIA_ROOT).map(Path::of);
        List<String> problems = new ArrayList<>();
        Optional<MediaSettings.S3> s3 = SettingsValidator.s3(source, problems);
        if (root.isEmpty() || s3.isEmpty() || !problems.isEmpty()) {
            problems.add(0, "Set MEDIA_ROOT (the source) and STORAGE_BACKEND=s3 with S3_BUCKET, S3_REGION, …");
            problems.forEach(System.err::println);
            return 2;
        }
        try (S3MediaStorage target = new S3MediaStorage(s3.get())) {
            Report report = migrate(root.get(), target);
            out.printf(
                    Locale.ROOT,
                    "%s %d, already there %d, failed %d, ignored (not media) %d%n",
                    dryRun ? "would copy" : "copied",
                    report.copied(),
                    report.present(),
                    report.failed(),
                    report.ignored());
            return report.failed() == 0 ? 0 : 1;
        }
    }

    Report migrate(Path root, S3MediaStorage target) throws IOException {
        int copied = 0;
        int present = 0;
        int failed = 0;
        int ignored = 0;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String key = root.relativize(file).toString().replace('\\', '/');
            Optional<String> type = MediaTypes.of(key);
            if (!MediaStorage.isSafe(key) || type.isEmpty()) {
                ignored++; // temporary uploads, stray files
                continue;
            }
            try {
                if (target.holds(key, Files.size(file))) {
                    present++;
                } else {
                    if (!dryRun) {
                        target.store(key, Files.readAllBytes(file), type.get());
                    }
                    copied++;
                }
            } catch (MediaStorageException e) {
                failed++;
                System.err.println("failed: " + key + " (" + e.getMessage() + ")");
            }
        }
        return new Report(copied, present, failed, ignored);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new MigrateMediaCommand()).execute(args));
    }
}
