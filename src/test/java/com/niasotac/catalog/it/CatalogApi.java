package com.niasotac.catalog.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.niasotac.it.support.Api;
import com.niasotac.it.support.ApiResponse;
import com.niasotac.it.support.TestDatabase;
import com.niasotac.it.support.Tokens;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/** Catalog fixtures made through the API as staff, and multipart uploads. */
final class CatalogApi {

    final String[] staff = Api.bearer(Tokens.access(TestDatabase.createUser("catalog-staff", "staff", true)));
    final String tag = UUID.randomUUID().toString().substring(0, 8);

    JsonObject category(String name, Long parent) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("name", name + " " + tag);
        if (parent != null) {
            body.add("parent", parent);
        }
        ApiResponse created = Api.post("/api/v1/categories", body.build().toString(), staff);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.data();
    }

    /** A product in {@code category}; {@code extra} adds or replaces fields (values as JSON text). */
    JsonObject product(long category, String name, String price, Map<String, String> extra) {
        StringBuilder body = new StringBuilder("{\"name\":\"" + name + " " + tag + "\",\"category\":" + category
                + ",\"price\":\"" + price + "\",\"stock_quantity\":5");
        extra.forEach(
                (key, value) -> body.append(",\"").append(key).append("\":").append(value));
        ApiResponse created = Api.post("/api/v1/products", body.append('}').toString(), staff);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.data();
    }

    static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }

    /** A multipart/form-data request: one file part and text parts. */
    ApiResponse upload(
            String method, String path, String filename, String contentType, byte[] file, Map<String, String> fields) {
        String boundary = "----niasotac" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            for (var field : fields.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                                + "\"\r\n\r\n" + field.getValue() + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            if (file != null) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                                + filename + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                body.write(file);
                body.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> response = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .build()
                    .send(
                            HttpRequest.newBuilder(URI.create(Api.BASE_URL + path))
                                    .header("Authorization", staff[1])
                                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                    .method(method, HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            return new ApiResponse(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
