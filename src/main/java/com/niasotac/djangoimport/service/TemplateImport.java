package com.niasotac.djangoimport.service;

import com.niasotac.djangoimport.source.SourceRow;
import java.sql.SQLException;
import java.time.Instant;

/** Newsletter templates; Django's placeholders ({name}, {email}, {unsubscribe_url}) are this application's too. */
final class TemplateImport extends PlainRowImport<TemplateImport.DjangoTemplate, TemplateImport.Values> {

    static final String ENTITY = "newsletter templates";
    private static final TableWriter TABLE = new TableWriter(
            "newsletter_template",
            "name",
            "slug",
            "subject",
            "plain_content",
            "html_content",
            "default_from",
            "is_active",
            "created_at",
            "updated_at");

    TemplateImport() {
        super(TABLE);
    }

    record DjangoTemplate(long id, Values values) {}

    record Values(
            String name,
            String slug,
            String subject,
            String plainContent,
            String htmlContent,
            String defaultFrom,
            boolean active,
            Instant createdAt,
            Instant updatedAt) {}

    @Override
    public String entity() {
        return ENTITY;
    }

    @Override
    public String sourceQuery() {
        return """
                SELECT id, name, slug, subject, plain_content, html_content, default_from, is_active, created_at,
                       updated_at
                FROM showcase_newslettertemplate ORDER BY id""";
    }

    @Override
    public String presentIdsQuery() {
        return "SELECT id FROM showcase_newslettertemplate ORDER BY id";
    }

    @Override
    public DjangoTemplate read(SourceRow r) throws SQLException {
        return new DjangoTemplate(
                r.id("id"),
                new Values(
                        r.text("name"),
                        r.text("slug"),
                        r.text("subject"),
                        r.text("plain_content"),
                        r.text("html_content"),
                        r.textOrNull("default_from"),
                        r.bool("is_active"),
                        r.instant("created_at"),
                        r.instant("updated_at")));
    }

    @Override
    public long oldId(DjangoTemplate row) {
        return row.id();
    }

    @Override
    public String describe(DjangoTemplate row) {
        return row.values().slug();
    }

    @Override
    public Plan<Values> plan(DjangoTemplate row, ImportContext context) {
        Values v = row.values();
        if (v.slug().isBlank() || v.slug().length() > 170 || v.name().isBlank()) {
            return Plan.refuse("a blank name, or a blank slug or one over the 170 characters kept here");
        }
        return Plan.write(v);
    }

    @Override
    Object[] columns(Values v) {
        return new Object[] {
            v.name(),
            v.slug(),
            v.subject(),
            v.plainContent(),
            v.htmlContent(),
            v.defaultFrom(),
            v.active(),
            v.createdAt(),
            v.updatedAt()
        };
    }

    /** A template campaigns still use here stays (the database refuses), reported with the reason. */
    /** A template campaigns still use here stays (the database refuses), reported with the reason. */
}
