package com.niasotac.it.support;

import com.niasotac.testdata.RequestBody;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;

/** A small HTTP client for the server under test (base URL from the build). */
public final class Api {

    public static final String BASE_URL = System.getProperty("it.base.url", "http://127.0.0.1:8180");
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1) // HTTP/2 would turn a Host header into :authority
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private Api() {}

    public static ApiResponse get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    public static ApiResponse post(String path, String json, String... headers) {
        return send("POST", path, json, withJson(headers));
    }

    public static ApiResponse patch(String path, String json, String... headers) {
        return send("PATCH", path, json, withJson(headers));
    }

    /** A JSON POST without a body. */
    public static ApiResponse post(String path) {
        return post(path, (String) null);
    }

    public static ApiResponse post(String path, RequestBody body, String... headers) {
        return post(path, body.json(), headers);
    }

    public static ApiResponse patch(String path, RequestBody body, String... headers) {
        return patch(path, body.json(), headers);
    }

    /** {@code headers} are name/value pairs. A body without a Content-Type header is sent as given. */
    public static ApiResponse send(String method, String path, String body, String... headers) {
        return exchange(
                method,
                path,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body),
                headers);
    }

    /** A request to another server than the one under test (a node of the two-node topology, its proxy). */
    public static ApiResponse at(String baseUrl, String method, String path, String body, String... headers) {
        return exchange(
                baseUrl,
                method,
                path,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body),
                body == null ? headers : withJson(headers));
    }

    /** A JSON request whose body is exactly these bytes (which need not be valid UTF-8). */
    public static ApiResponse sendBytes(String method, String path, byte[] body, String... headers) {
        return exchange(method, path, HttpRequest.BodyPublishers.ofByteArray(body), withJson(headers));
    }

    /** A JSON POST whose body is streamed in chunks, without a Content-Length. */
    public static ApiResponse postChunked(String path, Supplier<InputStream> body) {
        return exchange(
                "POST", path, HttpRequest.BodyPublishers.ofInputStream(body), "Content-Type", "application/json");
    }

    private static ApiResponse exchange(String method, String path, HttpRequest.BodyPublisher body, String... headers) {
        return exchange(BASE_URL, method, path, body, headers);
    }

    private static ApiResponse exchange(
            String baseUrl, String method, String path, HttpRequest.BodyPublisher body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new ApiResponse(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String[] bearer(String accessToken) {
        return new String[] {"Authorization", "Bearer " + accessToken};
    }

    private static String[] withJson(String... headers) {
        for (int i = 0; i < headers.length; i += 2) {
            if (headers[i].equalsIgnoreCase("Content-Type")) {
                return headers;
            }
        }
        String[] all = java.util.Arrays.copyOf(headers, headers.length + 2);
        all[headers.length] = "Content-Type";
        all[headers.length + 1] = "application/json";
        return all;
    }
}
