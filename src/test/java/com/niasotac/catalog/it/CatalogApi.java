package com.niasotac.catalog.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.niasotac.it.support.Api;
import com.niasotac.it.support.ApiResponse;
import com.niasotac.it.support.MultipartUpload;
import com.niasotac.it.support.TestDatabase;
import com.niasotac.it.support.Tokens;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("name", Json.createValue(name + " " + tag).toString());
        fields.put("category", Long.toString(category));
        fields.put("price", "\"" + price + "\"");
        fields.put("stock_quantity", "5");
        fields.putAll(extra); // replaces a default rather than repeating the key, which the API refuses
        String body = fields.entrySet().stream()
                .map(field -> "\"" + field.getKey() + "\":" + field.getValue())
                .collect(java.util.stream.Collectors.joining(",", "{", "}"));
        ApiResponse created = Api.post("/api/v1/products", body, staff);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.data();
    }

    static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }

    /** A multipart/form-data request as staff: one file part and text parts. */
    ApiResponse upload(
            String method, String path, String filename, String contentType, byte[] file, Map<String, String> fields) {
        return MultipartUpload.send(method, path, staff[1], filename, contentType, file, fields);
    }
}
