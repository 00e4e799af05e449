package com.niasotac.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonPatchesTest {

    public record Item(String name, String altText, Integer order, List<Long> tags) {}

    private static final Item CURRENT = new Item("Laptop", "front", 3, List.of(1L, 2L));

    private static JsonObject patch(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    void givenFieldsAreReplacedAndAbsentOnesKept() {
        assertEquals(
                new Item("Laptop HP", "front", 3, List.of(1L, 2L)),
                JsonPatches.merge(CURRENT, patch("{\"name\": \"Laptop HP\"}"), Item.class));
    }

    @Test
    void nullClearsAFieldAndAListIsReplacedWhole() {
        assertEquals(
                new Item("Laptop", null, 3, List.of(7L)),
                JsonPatches.merge(CURRENT, patch("{\"alt_text\": null, \"tags\": [7]}"), Item.class));
    }

    @Test
    void unknownFieldsAreIgnored() {
        assertEquals(CURRENT, JsonPatches.merge(CURRENT, patch("{\"price\": 5, \"altText\": \"x\"}"), Item.class));
    }

    @Test
    void aMissingBodyIsRefused() {
        assertThrows(ApiException.class, () -> JsonPatches.merge(CURRENT, null, Item.class));
    }
}
