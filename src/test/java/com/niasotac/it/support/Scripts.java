package com.niasotac.it.support;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs one of server-config's service scripts (start, stop, pause…) and fails the test when it fails. */
final class Scripts {

    private Scripts() {}

    static void run(String script, String... arguments) {
        run(java.util.Map.of(), 120, script, arguments);
    }

    /** With these variables added to the test's environment, waiting at most {@code seconds}. */
    static void run(java.util.Map<String, String> environment, int seconds, String script, String... arguments) {
        List<String> command = new ArrayList<>(List.of("bash", script));
        command.addAll(List.of(arguments));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(seconds, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
