package com.niasotac.catalog.category.service;

import static com.niasotac.platform.persistence.Rows.bool;
import static com.niasotac.platform.persistence.Rows.instant;
import static com.niasotac.platform.persistence.Rows.intValue;
import static com.niasotac.platform.persistence.Rows.longValue;
import static com.niasotac.platform.persistence.Rows.string;

import java.time.Instant;

/** One category as read with its product counts (see CategoryService.SELECT for the column order). */
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

    static CategoryRow of(Object[] row) {
        return new CategoryRow(
                longValue(row[0]),
                string(row[1]),
                string(row[2]),
                string(row[3]),
                longValue(row[4]),
                string(row[5]),
                intValue(row[6]),
                bool(row[7]),
                longValue(row[8]),
                longValue(row[9]),
                string(row[10]),
                instant(row[11]),
                instant(row[12]),
                string(row[13]));
    }
}
