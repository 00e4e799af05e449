package com.niasotac.djangoimport.service;

import com.niasotac.djangoimport.source.SourceRow;
import com.niasotac.newsletter.domain.EmailAddresses;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * The per-recipient log of Django's campaigns ('sent' or 'failed' with the error). A log row whose subscriber
 * was deleted in Django keeps no address there, so it has none here either (an empty one).
 */
final class CampaignLogImport extends PlainRowImport<CampaignLogImport.DjangoLog, CampaignLogImport.Values> {

    static final String ENTITY = "campaign logs";
    /** What this application keeps of an error text. */
    private static final int ERROR_LENGTH = 500;

    private static final TableWriter TABLE = new TableWriter(
            "newsletter_send_log",
            "campaign_id",
            "subscriber_id",
            "email",
            "status",
            "error",
            "created_at",
            "finished_at");

    CampaignLogImport() {
        super(TABLE);
    }

    record DjangoLog(long id, long campaignId, Long subscriberId, String email, Values values) {}

    record Values(
            long campaignNewId, Long subscriberNewId, String email, String status, String error, Instant createdAt) {}

    @Override
    public String entity() {
        return ENTITY;
    }

    @Override
    public String sourceQuery() {
        return """
                SELECT l.id, l.campaign_id, l.subscriber_id, l.status, l.error, l.created_at, s.email
                FROM showcase_newsletterlog l LEFT JOIN showcase_newslettersubscriber s ON s.id = l.subscriber_id
                ORDER BY l.id""";
    }

    @Override
    public String presentIdsQuery() {
        return "SELECT id FROM showcase_newsletterlog ORDER BY id";
    }

    @Override
    public DjangoLog read(SourceRow r) throws SQLException {
        String error = r.textOrNull("error");
        return new DjangoLog(
                r.id("id"),
                r.id("campaign_id"),
                r.longOrNull("subscriber_id"),
                r.text("email"),
                new Values(
                        0,
                        null,
                        "",
                        r.text("status"),
                        error == null ? null : error.substring(0, Math.min(error.length(), ERROR_LENGTH)),
                        r.instant("created_at")));
    }

    @Override
    public long oldId(DjangoLog row) {
        return row.id();
    }

    @Override
    public String describe(DjangoLog row) {
        return row.email().isEmpty() ? "log #" + row.id() : row.email();
    }

    @Override
    public Plan<Values> plan(DjangoLog row, ImportContext context) throws SQLException {
        Values v = row.values();
        if (!v.status().equals("sent") && !v.status().equals("failed")) {
            return Plan.refuse("status '" + v.status() + "' is neither sent nor failed");
        }
        Optional<Long> campaign = context.newId(CampaignImport.ENTITY, row.campaignId());
        if (campaign.isEmpty()) {
            return Plan.refuse("its campaign #" + row.campaignId() + " was not imported");
        }
        Long subscriber = row.subscriberId() == null
                ? null
                : context.newId(SubscriberImport.ENTITY, row.subscriberId()).orElse(null);
        String email = EmailAddresses.normalise(row.email()).orElse(row.email());
        return Plan.write(new Values(campaign.get(), subscriber, email, v.status(), v.error(), v.createdAt()));
    }

    @Override
    Object[] columns(Values v) {
        return new Object[] {
            v.campaignNewId(), v.subscriberNewId(), v.email(), v.status(), v.error(), v.createdAt(), v.createdAt()
        };
    }
}
