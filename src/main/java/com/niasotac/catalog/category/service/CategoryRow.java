package com.niasotac.catalog.category.service;

import com.niasotac.platform.persistence.NamedRow;
import java.time.Instant;

/** One category as read with its product counts (columns by name: CategoryService.SELECT). */
public record CategoryRow(
        long id,
        String name,
        String slug,
        String iconKey,
        Long parentId,
        String parentName,
        int level,
        boolean isMainCategory,
        long productCount,
        long directProductCount,
        String fullPath,
        Instant createdAt,
        Instant updatedAt,
        String path) {

    static CategoryRow of(NamedRow row) {
        return new CategoryRow(
                row.longValue("id"),
                row.string("name"),
                row.string("slug"),
                row.string("icon_key"),
                row.longValue("parent_id"),
                row.string("parent_name"),
                row.intValue("level"),
                row.bool("is_main_category"),
                row.longValue("product_count"),
                row.longValue("direct_product_count"),
                row.string("full_path"),
                row.instant("created_at"),
                row.instant("updated_at"),
                row.string("path"));
    }
}
