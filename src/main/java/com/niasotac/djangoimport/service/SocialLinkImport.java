package com.niasotac.djangoimport.service;

import com.niasotac.djangoimport.source.SourceRow;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Social links; their names are the platforms this application lists, matched whatever their case. A link is
 * shown when the Django settings listed it (its settings' many-to-many), or when there were no settings.
 */
final class SocialLinkImport extends PlainRowImport<SocialLinkImport.DjangoLink, SocialLinkImport.Values> {

    static final String ENTITY = "social links";
    private static final TableWriter TABLE = new TableWriter("social_link", "name", "url", "is_shown", "updated_at");

    SocialLinkImport() {
        super(TABLE);
    }

    static final List<String> PLATFORMS =
            List.of("Facebook", "Twitter", "Instagram", "Linkedin", "Youtube", "Tiktok", "Whatsapp");

    record DjangoLink(long id, String name, String url, boolean shown) {}

    record Values(String name, String url, boolean shown) {}

    @Override
    public String entity() {
        return ENTITY;
    }

    @Override
    public String sourceQuery() {
        return """
                SELECT l.id, l.name, l.url,
                       CASE WHEN NOT EXISTS (SELECT 1 FROM showcase_sitesettings)
                              OR EXISTS (SELECT 1 FROM showcase_sitesettings_social_links m
                                         WHERE m.sociallink_id = l.id)
                            THEN 1 ELSE 0 END AS shown
                FROM showcase_sociallink l ORDER BY l.id""";
    }

    @Override
    public String presentIdsQuery() {
        return "SELECT id FROM showcase_sociallink ORDER BY id";
    }

    @Override
    public DjangoLink read(SourceRow r) throws SQLException {
        return new DjangoLink(r.id("id"), r.text("name"), r.text("url"), r.bool("shown"));
    }

    @Override
    public long oldId(DjangoLink row) {
        return row.id();
    }

    @Override
    public String describe(DjangoLink row) {
        return row.name() + " " + row.url();
    }

    @Override
    public Plan<Values> plan(DjangoLink row, ImportContext context) {
        Optional<String> platform = PLATFORMS.stream()
                .filter(name -> name.equalsIgnoreCase(row.name().strip()))
                .findFirst();
        if (platform.isEmpty()) {
            return Plan.refuse("'" + row.name() + "' is not one of " + PLATFORMS);
        }
        if (row.url().isBlank() || row.url().length() > 500) {
            return Plan.refuse("a blank URL or one over 500 characters");
        }
        return Plan.write(new Values(platform.get(), row.url(), row.shown()));
    }

    @Override
    Object[] columns(Values v) {
        return new Object[] {v.name(), v.url(), v.shown(), java.time.Instant.now()};
    }
}
