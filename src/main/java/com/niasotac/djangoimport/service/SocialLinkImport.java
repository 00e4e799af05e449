package com.niasotac.djangoimport.service;

import com.niasotac.djangoimport.source.SourceRow;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Social links; their names are the platforms this application lists, matched whatever their case. */
final class SocialLinkImport extends PlainRowImport<SocialLinkImport.DjangoLink, SocialLinkImport.Values> {

    static final String ENTITY = "social links";
    private static final TableWriter TABLE = new TableWriter("social_link", "name", "url", "updated_at");

    SocialLinkImport() {
        super(TABLE);
    }

    static final List<String> PLATFORMS =
            List.of("Facebook", "Twitter", "Instagram", "Linkedin", "Youtube", "Tiktok", "Whatsapp");

    record DjangoLink(long id, String name, String url) {}

    record Values(String name, String url) {}

    @Override
    public String entity() {
        return ENTITY;
    }

    @Override
    public String sourceQuery() {
        return "SELECT id, name, url FROM showcase_sociallink ORDER BY id";
    }

    @Override
    public String presentIdsQuery() {
        return "SELECT id FROM showcase_sociallink ORDER BY id";
    }

    @Override
    public DjangoLink read(SourceRow r) throws SQLException {
        return new DjangoLink(r.id("id"), r.text("name"), r.text("url"));
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
        return Plan.write(new Values(platform.get(), row.url()));
    }

    @Override
    Object[] columns(Values v) {
        return new Object[] {v.name(), v.url(), java.time.Instant.now()};
    }
}
