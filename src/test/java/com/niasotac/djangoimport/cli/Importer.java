package com.niasotac.djangoimport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.niasotac.platform.config.EnvironmentSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;

/** Runs the import command, in this JVM or as an operator does (server-config/import-django.sh), and reads its report. */
final class Importer {

    record Result(int exit, String out, String err, JsonObject report) {

        JsonObject entity(String name) {
            for (var element : report.getAsJsonArray("entities")) {
                if (element.getAsJsonObject().get("entity").getAsString().equals(name)) {
                    return element.getAsJsonObject();
                }
            }
            throw new AssertionError("no entity " + name + " in the report");
        }

        int count(String entity, String outcome) {
            return entity(entity).get(outcome).getAsInt();
        }

        /** Summed over every entity. */
        int total(String outcome) {
            int total = 0;
            for (var element : report.getAsJsonArray("entities")) {
                total += element.getAsJsonObject().get(outcome).getAsInt();
            }
            return total;
        }
    }

    private Importer() {}

    static Result inProcess(Map<String, String> environment, String... arguments) throws IOException {
        Path report = Files.createTempFile("import-report-", ".json");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new CommandLine(new ImportDjangoCommand(
                        new EnvironmentSource(environment),
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8)))
                .execute(withReport(report, arguments));
        return result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), report);
    }

    static Result asProcess(Map<String, String> environment, String... arguments) throws Exception {
        Path report = Files.createTempFile("import-report-", ".json");
        Path out = Files.createTempFile("import-out-", ".log");
        Path err = Files.createTempFile("import-err-", ".log");
        List<String> command = new ArrayList<>(List.of("bash", "server-config/import-django.sh"));
        command.addAll(List.of(withReport(report, arguments)));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().clear();
        builder.environment().put("PATH", System.getenv("PATH"));
        builder.environment().putAll(environment);
        String agent = System.getProperty("it.command.jacoco");
        if (agent != null && Files.exists(Path.of("target/jacoco/jacocoagent.jar"))) {
            builder.environment().put("JAVA_TOOL_OPTIONS", agent);
        }
        Process process = builder.start();
        assertThat(process.waitFor(300, TimeUnit.SECONDS))
                .as("the import finishes")
                .isTrue();
        return result(process.exitValue(), Files.readString(out), Files.readString(err), report);
    }

    private static String[] withReport(Path report, String... arguments) {
        List<String> all = new ArrayList<>(List.of(arguments));
        all.addAll(List.of("--report", report.toString()));
        return all.toArray(String[]::new);
    }

    private static Result result(int exit, String out, String err, Path report) throws IOException {
        String json = Files.readString(report);
        Files.delete(report);
        return new Result(
                exit,
                out,
                err,
                json.isBlank() ? null : JsonParser.parseString(json).getAsJsonObject());
    }
}
