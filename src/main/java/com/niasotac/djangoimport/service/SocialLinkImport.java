package com.niasotac.djangoimport.service;

import com.niasotac.djangoimport.source.SourceRow;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Social links; their names are the platforms this application lists, matched whatever their case. */
final class SocialLinkImport implements EntityImport<SocialLinkImport.DjangoLink, SocialLinkImport.Values> {

    static final String ENTITY = "social links";
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
    public long insert(Tx tx, Values v) throws SQLException {
        return Sql.insert(
                tx.connection(), "INSERT INTO social_link (name, url) VALUES (?, ?) RETURNING id", v.name(), v.url());
    }

    @Override
    public boolean update(Tx tx, long newId, Values v) throws SQLException {
        return Sql.update(
                        tx.connection(),
                        "UPDATE social_link SET name = ?, url = ?, updated_at = now() WHERE id = ?",
                        v.name(),
                        v.url(),
                        newId)
                == 1;
    }

    @Override
    public void delete(Tx tx, long newId) throws SQLException {
        Sql.update(tx.connection(), "DELETE FROM social_link WHERE id = ?", newId);
    }
}
