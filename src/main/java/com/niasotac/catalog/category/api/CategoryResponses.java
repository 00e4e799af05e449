package com.niasotac.catalog.category.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The shapes of category responses (contract: Catalog > Categories). */
public final class CategoryResponses {

    private CategoryResponses() {}

    @JsonbPropertyOrder({
        "id",
        "name",
        "slug",
        "iconUrl",
        "parent",
        "parentName",
        "level",
        "isMainCategory",
        "productCount",
        "directProductCount",
        "fullPath",
        "createdAt",
        "updatedAt"
    })
    @Schema(name = "CategoryItem")
    public record Item(
            long id,
            String name,
            String slug,
            String iconUrl,
            Long parent,
            String parentName,
            int level,
            boolean isMainCategory,
            long productCount,
            long directProductCount,
            String fullPath,
            Instant createdAt,
            Instant updatedAt) {}

    public record Reference(long id, String name, String slug) {}

    @JsonbPropertyOrder({
        "id",
        "name",
        "slug",
        "iconUrl",
        "parent",
        "level",
        "isMainCategory",
        "productCount",
        "directProductCount",
        "fullPath",
        "aliases",
        "breadcrumb",
        "children",
        "createdAt",
        "updatedAt"
    })
    @Schema(name = "CategoryDetail")
    public record Detail(
            long id,
            String name,
            String slug,
            String iconUrl,
            Reference parent,
            int level,
            boolean isMainCategory,
            long productCount,
            long directProductCount,
            String fullPath,
            List<String> aliases,
            List<Reference> breadcrumb,
            List<Item> children,
            Instant createdAt,
            Instant updatedAt) {}

    @JsonbPropertyOrder({"id", "name", "slug", "iconUrl", "level", "isMainCategory", "productCount", "children"})
    public record TreeNode(
            long id,
            String name,
            String slug,
            String iconUrl,
            int level,
            boolean isMainCategory,
            long productCount,
            List<TreeNode> children) {}

    @JsonbPropertyOrder({"id", "name", "slug", "level", "fullPath"})
    public record Minimal(long id, String name, String slug, int level, String fullPath) {}
}
