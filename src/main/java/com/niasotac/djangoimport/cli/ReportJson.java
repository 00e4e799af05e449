package com.niasotac.djangoimport.cli;

import com.google.gson.FieldNamingPolicy;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonPrimitive;
import com.google.gson.JsonSerializer;
import com.niasotac.djangoimport.domain.ImportReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** The report as --report writes it: the same records, snake_case, instants in ISO 8601. */
final class ReportJson {

    private static final Gson GSON = new GsonBuilder()
            .setFieldNamingPolicy(FieldNamingPolicy.LOWER_CASE_WITH_UNDERSCORES)
            .registerTypeAdapter(Instant.class, (JsonSerializer<Instant>)
                    (value, type, context) -> new JsonPrimitive(value.toString()))
            .serializeNulls()
            .setPrettyPrinting()
            .disableHtmlEscaping()
            .create();

    private ReportJson() {}

    static void write(ImportReport report, Path file) throws IOException {
        Files.writeString(file, GSON.toJson(report) + "\n", StandardCharsets.UTF_8);
    }
}
