package com.niasotac.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;

/** Reads the server's Prometheus scrape (management port, /prometheus). */
public final class Metrics {

    private Metrics() {}

    public static String scrape() {
        URI uri = URI.create("http://127.0.0.1:" + System.getProperty("it.management.port") + "/prometheus");
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("scrape answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The sum of the samples of {@code name} whose labels include every one of {@code labels}. */
    public static double value(String scrape, String name, String... labels) {
        return scrape.lines()
                .filter(line -> line.startsWith(name + "{"))
                .filter(line -> Arrays.stream(labels).allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    /** The samples whose name starts with {@code prefix}, for assertion messages. */
    public static String lines(String scrape, String prefix) {
        return String.join(
                "\n", scrape.lines().filter(line -> line.startsWith(prefix)).toList());
    }
}
