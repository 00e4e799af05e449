package com.niasotac.djangoimport.cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A Django installation from src/test/fixtures/django (copied from the shared fixtures): its database, media folder and expected.json. */
record Fixture(String name, Path folder, JsonObject expected) {

    static List<Fixture> all() {
        Path root = Path.of(System.getProperty("it.fixtures.django"));
        try (Stream<Path> folders = Files.list(root)) {
            return folders.filter(folder -> Files.exists(folder.resolve("expected.json")))
                    .sorted()
                    .map(Fixture::of)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Fixture of(Path folder) {
        try {
            return new Fixture(
                    folder.getFileName().toString(),
                    folder,
                    JsonParser.parseString(Files.readString(folder.resolve("expected.json"), StandardCharsets.UTF_8))
                            .getAsJsonObject());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path database() {
        return folder.resolve("db.sqlite3");
    }

    Path media() {
        return folder.resolve("media");
    }

    /** The original schema: products with stock_quantity and description, service images as files. */
    boolean original() {
        return expected.getAsJsonObject("version")
                .getAsJsonObject("fields")
                .get("stock_quantity")
                .getAsBoolean();
    }

    String[] arguments(String... more) {
        return Stream.concat(
                        Stream.of("--source", "sqlite://" + database(), "--media", media().toString()), Stream.of(more))
                .toArray(String[]::new);
    }

    @Override
    public String toString() {
        return name;
    }
}
