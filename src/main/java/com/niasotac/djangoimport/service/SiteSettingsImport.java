package com.niasotac.djangoimport.service;

import com.niasotac.djangoimport.source.SourceRow;
import java.sql.SQLException;
import java.time.Instant;

/**
 * The one settings record (Django keeps it at pk 1, as this application keeps exactly one row). The WhatsApp
 * number keeps its digits only ("+229 97 12 34 56" → 22997123456): wa.me links need nothing else.
 */
final class SiteSettingsImport implements EntityImport<SiteSettingsImport.DjangoSettings, SiteSettingsImport.Values> {

    static final String ENTITY = "site settings";
    /** The single row here has no numeric id; the mapping records this one. */
    private static final long THE_ROW = 1;

    record DjangoSettings(long id, String whatsappNumber, Values values) {}

    record Values(
            String companyName,
            String companyDescription,
            String whatsappNumber,
            String contactEmail,
            String contactPhone,
            String contactAddress,
            Instant updatedAt) {}

    @Override
    public String entity() {
        return ENTITY;
    }

    @Override
    public String sourceQuery() {
        return """
                SELECT id, company_name, company_description, whatsapp_number, contact_email, contact_phone,
                       contact_address, updated_at
                FROM showcase_sitesettings ORDER BY id""";
    }

    @Override
    public String presentIdsQuery() {
        return "SELECT id FROM showcase_sitesettings ORDER BY id";
    }

    @Override
    public DjangoSettings read(SourceRow r) throws SQLException {
        String whatsapp = r.text("whatsapp_number");
        return new DjangoSettings(
                r.id("id"),
                whatsapp,
                new Values(
                        r.text("company_name"),
                        r.textOrNull("company_description"),
                        whatsapp.replaceAll("[^0-9]", ""),
                        r.text("contact_email"),
                        r.text("contact_phone"),
                        r.text("contact_address"),
                        r.instant("updated_at")));
    }

    @Override
    public long oldId(DjangoSettings row) {
        return row.id();
    }

    @Override
    public String describe(DjangoSettings row) {
        return "settings #" + row.id();
    }

    @Override
    public Plan<Values> plan(DjangoSettings row, ImportContext context) {
        if (row.id() != THE_ROW) {
            return Plan.refuse("Django reads only its settings row #1; this one is not used there");
        }
        Values v = row.values();
        if (!v.whatsappNumber().matches("[0-9]{8,15}")) {
            return Plan.refuse("WhatsApp number '" + row.whatsappNumber() + "' is not 8 to 15 digits");
        }
        if (v.companyName().isBlank()
                || v.companyName().length() > 150
                || v.contactPhone().length() > 30) {
            return Plan.refuse("a blank company name, or one over 150 characters, or a phone over 30");
        }
        return Plan.write(v);
    }

    @Override
    public long insert(Tx tx, Values v) throws SQLException {
        update(tx, THE_ROW, v);
        return THE_ROW;
    }

    @Override
    public boolean update(Tx tx, long newId, Values v) throws SQLException {
        return Sql.update(
                        tx.connection(),
                        """
                        UPDATE site_settings SET company_name = ?, company_description = ?, whatsapp_number = ?,
                            contact_email = ?, contact_phone = ?, contact_address = ?, updated_at = ?""",
                        v.companyName(),
                        v.companyDescription(),
                        v.whatsappNumber(),
                        v.contactEmail(),
                        v.contactPhone(),
                        v.contactAddress(),
                        v.updatedAt())
                == 1;
    }

    /** The settings cannot be deleted, here as in Django: the row stays as it is. */
    @Override
    public void delete(Tx tx, long newId) {
        // nothing to do
    }
}
