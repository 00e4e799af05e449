package com.niasotac.djangoimport.service;

import com.niasotac.djangoimport.source.Dialect;
import com.niasotac.djangoimport.source.SourceRow;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Newsletter campaigns, with their counts from Django's log rows. A sent campaign is imported as sent and so is
 * never sent again; one Django left "sending" (its sender died) becomes cancelled, so staff decide rather than a
 * timer. Django mails the listed subscribers when a campaign lists any, else every confirmed subscriber: the
 * audience here says the same. Once this application has taken a campaign over (sending or sent it), later runs
 * leave it alone.
 */
final class CampaignImport extends PlainRowImport<CampaignImport.DjangoCampaign, CampaignImport.Values> {

    static final String ENTITY = "newsletter campaigns";
    private static final TableWriter TABLE = new TableWriter(
            "newsletter_campaign",
            "name",
            "template_id",
            "status",
            "scheduled_at",
            "audience",
            "sent_count",
            "failed_count",
            "recipients_count",
            "started_at",
            "finished_at",
            "created_at",
            "updated_at");

    record DjangoCampaign(long id, long templateId, List<Long> subscribers, Values values) {}

    record Values(
            String name,
            long templateNewId,
            String status,
            Instant scheduledAt,
            String audience,
            List<Long> subscriberIds,
            int sentCount,
            int failedCount,
            int recipientsCount,
            Instant startedAt,
            Instant finishedAt,
            Instant createdAt,
            Instant updatedAt) {}

    private final Dialect dialect;

    CampaignImport(Dialect dialect) {
        super(TABLE);
        this.dialect = dialect;
    }

    @Override
    public String entity() {
        return ENTITY;
    }

    @Override
    public String sourceQuery() {
        String logs = " FROM showcase_newsletterlog l WHERE l.campaign_id = c.id";
        return "SELECT c.id, c.name, c.template_id, c.status, c.scheduled_at, c.created_at, c.updated_at,"
                + " (SELECT count(*)" + logs + " AND l.status = 'sent') AS sent,"
                + " (SELECT count(*)" + logs + " AND l.status = 'failed') AS failed,"
                + " (SELECT count(*)" + logs + ") AS logged,"
                + " (SELECT min(l.created_at)" + logs + ") AS first_log,"
                + " (SELECT max(l.created_at)" + logs + ") AS last_log,"
                + " (SELECT " + dialect.listOfIds("s.newslettersubscriber_id")
                + " FROM showcase_newslettercampaign_subscribers s WHERE s.newslettercampaign_id = c.id) AS listed"
                + " FROM showcase_newslettercampaign c ORDER BY c.id";
    }

    @Override
    public String presentIdsQuery() {
        return "SELECT id FROM showcase_newslettercampaign ORDER BY id";
    }

    @Override
    public DjangoCampaign read(SourceRow r) throws SQLException {
        Instant updated = r.instant("updated_at");
        String status = r.text("status");
        Instant lastLog = r.instant("last_log");
        return new DjangoCampaign(
                r.id("id"),
                r.id("template_id"),
                r.ids("listed"),
                new Values(
                        r.text("name"),
                        0,
                        status,
                        r.instant("scheduled_at"),
                        "all",
                        List.of(),
                        (int) r.id("sent"),
                        (int) r.id("failed"),
                        (int) r.id("logged"),
                        r.instant("first_log"),
                        status.equals("sent") ? (lastLog == null ? updated : lastLog) : null,
                        r.instant("created_at"),
                        updated));
    }

    @Override
    public long oldId(DjangoCampaign row) {
        return row.id();
    }

    @Override
    public String describe(DjangoCampaign row) {
        return row.values().name();
    }

    @Override
    public Plan<Values> plan(DjangoCampaign row, ImportContext context) throws SQLException {
        Values v = row.values();
        if (v.name().isBlank() || v.name().length() > 150) {
            return Plan.refuse("a blank name or one over the 150 characters kept here");
        }
        Optional<Long> template = context.newId(TemplateImport.ENTITY, row.templateId());
        if (template.isEmpty()) {
            return Plan.refuse("its template #" + row.templateId() + " was not imported");
        }
        List<String> notes = new ArrayList<>();
        String status = v.status();
        switch (status) {
            case "draft", "sent", "cancelled" -> {}
            case "scheduled" -> {
                if (v.scheduledAt() == null) {
                    status = "draft";
                    notes.add("scheduled without a date in Django: imported as a draft");
                }
            }
            case "sending" -> {
                status = "cancelled";
                notes.add("left 'sending' by Django (interrupted) after " + v.recipientsCount()
                        + " recipient(s): imported as cancelled, see its logs");
            }
            default -> {
                return Plan.refuse("status '" + status + "' is not a campaign status");
            }
        }
        List<Long> listed = new ArrayList<>();
        for (long subscriber : row.subscribers()) {
            context.newId(SubscriberImport.ENTITY, subscriber).ifPresent(listed::add);
        }
        if (listed.size() < row.subscribers().size()) {
            notes.add((row.subscribers().size() - listed.size()) + " listed subscriber(s) not imported: left out");
        }
        return Plan.write(
                new Values(
                        v.name(),
                        template.get(),
                        status,
                        v.scheduledAt(),
                        row.subscribers().isEmpty() ? "all" : "listed",
                        listed.stream().sorted().toList(),
                        v.sentCount(),
                        v.failedCount(),
                        v.recipientsCount(),
                        v.startedAt(),
                        v.finishedAt(),
                        v.createdAt(),
                        v.updatedAt()),
                notes);
    }

    @Override
    Object[] columns(Values v) {
        return new Object[] {
            v.name(),
            v.templateNewId(),
            v.status(),
            v.scheduledAt(),
            v.audience(),
            v.sentCount(),
            v.failedCount(),
            v.recipientsCount(),
            v.startedAt(),
            v.finishedAt(),
            v.createdAt(),
            v.updatedAt()
        };
    }

    @Override
    public long insert(Tx tx, Values v) throws SQLException {
        long id = super.insert(tx, v);
        listSubscribers(tx, id, v);
        return id;
    }

    @Override
    public boolean update(Tx tx, long newId, Values v) throws SQLException {
        Optional<String> status =
                Sql.text(tx.connection(), "SELECT status FROM newsletter_campaign WHERE id = ? FOR UPDATE", newId);
        if (status.isEmpty()) {
            return false;
        }
        if (!v.status().equals("sent")
                && (status.get().equals("sending") || status.get().equals("sent"))) {
            throw new SQLException("this application has sent it since it was imported; left as it is here");
        }
        super.update(tx, newId, v);
        Sql.update(tx.connection(), "DELETE FROM newsletter_campaign_subscriber WHERE campaign_id = ?", newId);
        listSubscribers(tx, newId, v);
        return true;
    }

    private static void listSubscribers(Tx tx, long id, Values v) throws SQLException {
        Sql.update(
                tx.connection(),
                "INSERT INTO newsletter_campaign_subscriber (campaign_id, subscriber_id) SELECT ?, unnest(?)",
                id,
                new Sql.IdArray(v.subscriberIds()));
    }
}
