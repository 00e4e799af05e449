package com.niasotac.djangoimport.service;

import com.niasotac.djangoimport.source.Generation;
import com.niasotac.djangoimport.source.SourceRow;
import java.sql.SQLException;
import java.time.Instant;

/**
 * The services the company offers. In the later schema a service's image is a URL (kept as image_url); in the
 * original one it is an uploaded file, copied by {@link FileColumnImport#serviceImages}.
 */
final class ServiceImport extends PlainRowImport<ServiceImport.DjangoService, ServiceImport.Values> {

    static final String ENTITY = "services";
    private static final TableWriter TABLE = new TableWriter(
            "site_service",
            "title",
            "slug",
            "description",
            "image_url",
            "sort_order",
            "is_active",
            "external_link",
            "created_at",
            "updated_at");

    record DjangoService(long id, Values values) {}

    record Values(
            String title,
            String slug,
            String description,
            String imageUrl,
            int order,
            boolean active,
            String externalLink,
            Instant createdAt,
            Instant updatedAt) {}

    private final Generation generation;

    ServiceImport(Generation generation) {
        super(TABLE);
        this.generation = generation;
    }

    @Override
    public String entity() {
        return ENTITY;
    }

    @Override
    public String sourceQuery() {
        return "SELECT id, title, slug, description, " + (generation.original ? "NULL" : "image") + " AS image_url,"
                + " \"order\" AS sort_order, is_active, external_link, created_at, updated_at"
                + " FROM showcase_service ORDER BY id";
    }

    @Override
    public String presentIdsQuery() {
        return "SELECT id FROM showcase_service ORDER BY id";
    }

    @Override
    public DjangoService read(SourceRow r) throws SQLException {
        return new DjangoService(
                r.id("id"),
                new Values(
                        r.text("title"),
                        r.text("slug"),
                        r.textOrNull("description"),
                        r.textOrNull("image_url"),
                        (int) r.id("sort_order"),
                        r.bool("is_active"),
                        r.textOrNull("external_link"),
                        r.instant("created_at"),
                        r.instant("updated_at")));
    }

    @Override
    public long oldId(DjangoService row) {
        return row.id();
    }

    @Override
    public String describe(DjangoService row) {
        return row.values().slug();
    }

    @Override
    public Plan<Values> plan(DjangoService row, ImportContext context) {
        Values v = row.values();
        if (v.title().isBlank() || v.slug().isBlank() || v.slug().length() > 170) {
            return Plan.refuse("a blank title, or a blank slug or one over the 170 characters kept here");
        }
        return Plan.write(v);
    }

    @Override
    Object[] columns(Values v) {
        return new Object[] {
            v.title(),
            v.slug(),
            v.description(),
            v.imageUrl(),
            v.order(),
            v.active(),
            v.externalLink(),
            v.createdAt(),
            v.updatedAt()
        };
    }

    /** Its uploaded image (the original schema) was deleted by the service images' own pass, just before. */
}
