package com.niasotac.platform.media;

import static org.assertj.core.api.Assertions.assertThat;

import com.niasotac.it.support.S3Server;
import com.niasotac.platform.config.EnvironmentSource;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local → S3 media migration against the tests' real S3 API: copies, then skips what is there. */
class MigrateMediaCommandIT {

    @TempDir
    Path mediaRoot;

    @Test
    void copiesEveryMediaFileOnceAndReportsCountsOnEachRun() throws Exception {
        S3Server.createBucket();
        String folder = "products/" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000);
        Files.createDirectories(mediaRoot.resolve(folder));
        Files.write(mediaRoot.resolve(folder + "/a1b2.png"), new byte[] {1, 2, 3});
        Files.write(mediaRoot.resolve(folder + "/c3d4.webp"), new byte[] {4, 5});
        Files.write(mediaRoot.resolve(folder + "/.upload-123.tmp"), new byte[] {9});

        assertThat(run()).contains("copied 2, already there 0, failed 0, ignored (not media) 1");
        assertThat(S3Server.client()
                        .getObjectAsBytes(r -> r.bucket(S3Server.BUCKET).key(folder + "/a1b2.png"))
                        .asByteArray())
                .containsExactly(1, 2, 3);

        // A late upload, then the same command again: only the new file moves.
        Files.write(mediaRoot.resolve(folder + "/e5f6.jpg"), new byte[] {7});
        assertThat(run()).contains("copied 1, already there 2, failed 0");
        assertThat(run()).contains("copied 0, already there 3, failed 0");
    }

    String run() throws Exception {
        Map<String, String> env = new HashMap<>(S3Server.applicationSettings());
        env.put("MEDIA_ROOT", mediaRoot.toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = new MigrateMediaCommand(
                        new EnvironmentSource(env), new PrintStream(out, true, StandardCharsets.UTF_8))
                .call();
        assertThat(exit).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }
}
