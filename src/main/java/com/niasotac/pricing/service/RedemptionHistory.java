package com.niasotac.pricing.service;

import com.niasotac.platform.paging.PageRequest;
import com.niasotac.platform.persistence.NamedRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** The recorded uses of one promotion, newest first: who used it, how many, and which staff member recorded it. */
@ApplicationScoped
public class RedemptionHistory {

    /** The staff member who recorded a use; null once that account is deleted. */
    public record RecordedBy(long id, String username) {}

    public record Use(long id, String customer, int quantity, RecordedBy redeemedBy, Instant redeemedAt) {}

    public record UseList(long count, List<Use> results) {}

    @PersistenceContext
    EntityManager em;

    public UseList of(long promotionId, PageRequest page) {
        long count = ((Number) em.createNativeQuery("SELECT count(*) FROM promotion_redemption WHERE promotion_id = ?1")
                        .setParameter(1, promotionId)
                        .getSingleResult())
                .longValue();
        List<NamedRow> rows = NamedRow.all(NamedRow.query(
                        em,
                        """
                        SELECT r.id, r.customer, r.quantity, u.id AS recorded_by_id, u.username, r.redeemed_at
                        FROM promotion_redemption r LEFT JOIN app_user u ON u.id = r.redeemed_by
                        WHERE r.promotion_id = ?1
                        ORDER BY r.redeemed_at DESC, r.id DESC LIMIT ?2 OFFSET ?3""")
                .setParameter(1, promotionId)
                .setParameter(2, page.pageSize())
                .setParameter(3, page.offset()));
        return new UseList(count, rows.stream().map(RedemptionHistory::use).toList());
    }

    private static Use use(NamedRow row) {
        Long recorder = row.longValue("recorded_by_id");
        RecordedBy by = recorder == null ? null : new RecordedBy(recorder, row.string("username"));
        return new Use(
                row.longValue("id"), row.string("customer"), row.intValue("quantity"), by, row.instant("redeemed_at"));
    }
}
