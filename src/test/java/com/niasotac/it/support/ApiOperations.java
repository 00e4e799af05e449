package com.niasotac.it.support;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The operations of the application's own OpenAPI document, as a hostile client would read them. */
public final class ApiOperations {

    /** A body field: its JSON type and, for text, its maximum length when the document gives one. */
    public record Field(String name, String type, Integer maxLength) {}

    public record Operation(
            String method,
            String path,
            List<String> pathParameters,
            List<String> queryParameters,
            Optional<String> bodyType,
            List<Field> bodyFields,
            boolean needsToken) {

        public boolean takesJson() {
            return bodyType.filter("application/json"::equals).isPresent();
        }

        public boolean takesMultipart() {
            return bodyType.filter(type -> type.startsWith("multipart/")).isPresent();
        }
    }

    private ApiOperations() {}

    public static List<Operation> read(JsonObject document) {
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        List<Operation> operations = new ArrayList<>();
        document.getJsonObject("paths")
                .forEach((path, item) -> item.asJsonObject().forEach((method, value) -> {
                    JsonObject operation = value.asJsonObject();
                    List<String> pathParameters = new ArrayList<>();
                    List<String> queryParameters = new ArrayList<>();
                    for (JsonValue parameter : operation
                            .getOrDefault("parameters", JsonValue.EMPTY_JSON_ARRAY)
                            .asJsonArray()) {
                        JsonObject p = parameter.asJsonObject();
                        (p.getString("in").equals("path") ? pathParameters : queryParameters).add(p.getString("name"));
                    }
                    Optional<String> bodyType = Optional.empty();
                    List<Field> fields = new ArrayList<>();
                    if (operation.containsKey("requestBody")) {
                        JsonObject content =
                                operation.getJsonObject("requestBody").getJsonObject("content");
                        String type = content.keySet().iterator().next();
                        bodyType = Optional.of(type);
                        fields.addAll(fields(content.getJsonObject(type).getJsonObject("schema"), schemas));
                    }
                    operations.add(new Operation(
                            method.toUpperCase(java.util.Locale.ROOT),
                            path,
                            pathParameters,
                            queryParameters,
                            bodyType,
                            fields,
                            operation.containsKey("security")));
                }));
        return operations;
    }

    private static List<Field> fields(JsonObject schema, JsonObject schemas) {
        JsonObject resolved = schema;
        if (schema.containsKey("$ref")) {
            String name = schema.getString("$ref").substring("#/components/schemas/".length());
            resolved = schemas.getJsonObject(name);
        }
        if (resolved == null || !resolved.containsKey("properties")) {
            return List.of();
        }
        List<Field> fields = new ArrayList<>();
        resolved.getJsonObject("properties").forEach((name, property) -> {
            JsonObject p = property.asJsonObject();
            fields.add(new Field(name, type(p, schemas), p.containsKey("maxLength") ? p.getInt("maxLength") : null));
        });
        return fields;
    }

    /** The JSON type, "null" aside (OpenAPI 3.1 writes {@code type: [string, "null"]}). */
    private static String type(JsonObject property, JsonObject schemas) {
        if (property.containsKey("$ref")) {
            return "object";
        }
        JsonValue type = property.get("type");
        if (type instanceof JsonString single) {
            return single.getString();
        }
        if (type instanceof JsonArray several) {
            return several.getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString)
                    .filter(t -> !t.equals("null"))
                    .findFirst()
                    .orElse("string");
        }
        return "string";
    }

    /** Counts, for a report: how many operations, parameters and body fields the walk covers. */
    public static Map<String, Integer> coverage(List<Operation> operations) {
        Map<String, Integer> coverage = new LinkedHashMap<>();
        coverage.put("operations", operations.size());
        coverage.put(
                "path parameters",
                operations.stream().mapToInt(o -> o.pathParameters().size()).sum());
        coverage.put(
                "query parameters",
                operations.stream().mapToInt(o -> o.queryParameters().size()).sum());
        coverage.put(
                "body fields",
                operations.stream().mapToInt(o -> o.bodyFields().size()).sum());
        return coverage;
    }
}
