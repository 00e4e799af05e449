package com.niasotac.it.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Stands in for Sentry's ingestion API on loopback for the whole integration-test run: the application's
 * SDK (SENTRY_DSN in pom.xml) POSTs envelopes to {@code /api/<project>/envelope/}; tests read them back.
 */
public class SentryReceiver implements LauncherSessionListener {

    private static final List<String> ENVELOPES = new CopyOnWriteArrayList<>();
    private static volatile HttpServer server;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        Integer port = Integer.getInteger("it.sentry.port");
        if (port == null) {
            return;
        }
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                boolean gzip =
                        "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"));
                byte[] bytes = (gzip ? new GZIPInputStream(body) : body).readAllBytes();
                if (exchange.getRequestURI().getPath().endsWith("/envelope/")) {
                    ENVELOPES.add(new String(bytes, StandardCharsets.UTF_8));
                }
            }
            byte[] answer = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (server != null) {
            server.stop(0);
        }
    }

    /** Every envelope received so far, as text (a header line, then item headers and payloads). */
    public static List<String> envelopes() {
        return List.copyOf(ENVELOPES);
    }
}
