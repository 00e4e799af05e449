package com.niasotac.testdata;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbVisibility;
import java.util.List;

/**
 * A category as POST (or, with only some fields, PATCH) /api/v1/categories takes it:
 * {@code CategoryBody.named("Portables").parent(root)}. Only what is set is sent.
 */
@JsonbNillable(false)
@JsonbVisibility(RequestBody.Fields.class)
public final class CategoryBody implements RequestBody {

    private String name;
    private Long parent;
    private List<String> aliases;

    private CategoryBody() {}

    public static CategoryBody named(String name) {
        CategoryBody body = new CategoryBody();
        body.name = name;
        return body;
    }

    /** A PATCH that changes only what is set next. */
    public static CategoryBody changes() {
        return new CategoryBody();
    }

    public CategoryBody parent(long id) {
        this.parent = id;
        return this;
    }

    /** Other slugs the category answers to; none clears them. */
    public CategoryBody aliases(String... slugs) {
        this.aliases = List.of(slugs);
        return this;
    }
}
