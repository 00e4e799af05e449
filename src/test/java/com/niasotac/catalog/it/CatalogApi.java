package com.niasotac.catalog.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.niasotac.it.support.Api;
import com.niasotac.it.support.ApiResponse;
import com.niasotac.it.support.MultipartUpload;
import com.niasotac.it.support.TestDatabase;
import com.niasotac.it.support.Tokens;
import com.niasotac.testdata.CategoryBody;
import com.niasotac.testdata.ProductBody;
import jakarta.json.JsonObject;
import java.util.Map;
import java.util.UUID;

/** Catalog fixtures made through the API as staff, and multipart uploads. */
final class CatalogApi {

    final String[] staff = Api.bearer(Tokens.access(TestDatabase.createUser("catalog-staff", "staff", true)));
    final String tag = UUID.randomUUID().toString().substring(0, 8);

    JsonObject category(String name, Long parent) {
        CategoryBody body = CategoryBody.named(name + " " + tag);
        if (parent != null) {
            body.parent(parent);
        }
        ApiResponse created = Api.post("/api/v1/categories", body, staff);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.data();
    }

    /** The product, named with this class's tag and, unless the body gives one, a stock of 5. */
    JsonObject product(ProductBody body) {
        body.name(body.name() + " " + tag);
        if (body.stockQuantity() == null) {
            body.stockQuantity(5);
        }
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
