package com.niasotac.djangoimport.service;

import com.niasotac.djangoimport.source.Dialect;
import com.niasotac.djangoimport.source.SourceRow;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Promotions with their product and category targets, code, window, limits and use count (Django sums its
 * PromotionUsage rows; those of a known user also become per-customer uses, under the user's e-mail address or
 * username, as redemptions here name customers). Targets not imported are dropped with a note.
 */
final class PromotionImport extends PlainRowImport<PromotionImport.DjangoPromotion, PromotionImport.Values> {

    static final String ENTITY = "promotions";
    private static final Set<String> TYPES = Set.of("percent", "amount", "set_price", "bogo");
    private static final TableWriter TABLE = new TableWriter(
            "promotion",
            "name",
            "slug",
            "code",
            "promotion_type",
            "value",
            "buy_x",
            "get_y",
            "applies_to_all",
            "start_at",
            "end_at",
            "active",
            "usage_limit",
            "per_customer_limit",
            "usage_count",
            "is_stackable",
            "created_at",
            "updated_at");

    record Use(String customer, int uses) {}

    record DjangoPromotion(long id, List<Long> products, List<Long> categories, String uses, Values values) {}

    record Values(
            String name,
            String slug,
            String code,
            String type,
            BigDecimal value,
            Integer buyX,
            Integer getY,
            boolean appliesToAll,
            Instant startAt,
            Instant endAt,
            boolean active,
            Integer usageLimit,
            Integer perCustomerLimit,
            int usageCount,
            boolean stackable,
            Instant createdAt,
            Instant updatedAt,
            List<Long> productIds,
            List<Long> categoryIds,
            List<Use> customerUses) {

        Values withTargets(List<Long> products, List<Long> categories, List<Use> uses) {
            return new Values(
                    name,
                    slug,
                    code,
                    type,
                    value,
                    buyX,
                    getY,
                    appliesToAll,
                    startAt,
                    endAt,
                    active,
                    usageLimit,
                    perCustomerLimit,
                    usageCount,
                    stackable,
                    createdAt,
                    updatedAt,
                    products,
                    categories,
                    uses);
        }
    }

    private final Dialect dialect;

    PromotionImport(Dialect dialect) {
        super(TABLE);
        this.dialect = dialect;
    }

    @Override
    public String entity() {
        return ENTITY;
    }

    @Override
    public String sourceQuery() {
        // A use by a known user is "<customer>=<count>"; customers never hold '=' or ',' once trimmed of them.
        String customer =
                "lower(replace(replace(coalesce(nullif(trim(uu.email), ''), uu.username), ',', ''), '=', ''))";
        return "SELECT p.id, p.name, p.slug, p.code, p.promotion_type, p.value, p.buy_x, p.get_y, p.applies_to_all,"
                + " p.start_at, p.end_at, p.active, p.usage_limit, p.per_user_limit, p.is_stackable, p.created_at,"
                + " p.updated_at,"
                + " (SELECT coalesce(sum(u.count), 0) FROM showcase_promotionusage u WHERE u.promotion_id = p.id)"
                + " AS usage_count,"
                + " (SELECT " + dialect.listOfIds("x.product_id")
                + " FROM showcase_promotion_products x WHERE x.promotion_id = p.id) AS products,"
                + " (SELECT " + dialect.listOfIds("x.category_id")
                + " FROM showcase_promotion_categories x WHERE x.promotion_id = p.id) AS categories,"
                + " (SELECT " + dialect.listOfIds(customer + " || '=' || u.count")
                + " FROM showcase_promotionusage u JOIN auth_user uu ON uu.id = u.user_id"
                + " WHERE u.promotion_id = p.id AND u.count > 0) AS uses"
                + " FROM showcase_promotion p ORDER BY p.id";
    }

    @Override
    public String presentIdsQuery() {
        return "SELECT id FROM showcase_promotion ORDER BY id";
    }

    @Override
    public DjangoPromotion read(SourceRow r) throws SQLException {
        return new DjangoPromotion(
                r.id("id"),
                r.ids("products"),
                r.ids("categories"),
                r.text("uses"),
                new Values(
                        r.text("name"),
                        r.text("slug"),
                        r.textOrNull("code"),
                        r.text("promotion_type"),
                        r.decimal("value"),
                        positiveOrNull(r.longOrNull("buy_x")),
                        positiveOrNull(r.longOrNull("get_y")),
                        r.bool("applies_to_all"),
                        r.instant("start_at"),
                        r.instant("end_at"),
                        r.bool("active"),
                        intOrNull(r.longOrNull("usage_limit")),
                        intOrNull(r.longOrNull("per_user_limit")),
                        (int) r.id("usage_count"),
                        r.bool("is_stackable"),
                        r.instant("created_at"),
                        r.instant("updated_at"),
                        List.of(),
                        List.of(),
                        List.of()));
    }

    /** Django's default of 0 for buy_x/get_y means "not used" outside bogo promotions. */
    private static Integer positiveOrNull(Long value) {
        return value == null || value <= 0 ? null : value.intValue();
    }

    private static Integer intOrNull(Long value) {
        return value == null ? null : value.intValue();
    }

    @Override
    public long oldId(DjangoPromotion row) {
        return row.id();
    }

    @Override
    public String describe(DjangoPromotion row) {
        return row.values().slug();
    }

    @Override
    public Plan<Values> plan(DjangoPromotion row, ImportContext context) throws SQLException {
        Values v = row.values();
        Optional<String> problem = problem(v);
        if (problem.isPresent()) {
            return Plan.refuse(problem.get());
        }
        List<String> notes = new ArrayList<>();
        List<Long> products = targets(row.products(), ProductImport.ENTITY, context, notes);
        List<Long> categories = targets(row.categories(), CategoryImport.ENTITY, context, notes);
        return Plan.write(v.withTargets(products, categories, uses(row.uses())), notes);
    }

    private static Optional<String> problem(Values v) {
        if (v.slug().isBlank()
                || v.slug().length() > 170
                || v.name().isBlank()
                || v.name().length() > 150) {
            return Optional.of("a blank or too long name or slug (150 and 170 characters here)");
        }
        if (!TYPES.contains(v.type())) {
            return Optional.of("promotion type '" + v.type() + "' is not one of " + TYPES);
        }
        if (v.type().equals("bogo") && (v.buyX() == null || v.getY() == null)) {
            return Optional.of("a bogo promotion needs buy_x and get_y of at least 1");
        }
        if (v.startAt() != null && v.endAt() != null && v.startAt().isAfter(v.endAt())) {
            return Optional.of("it starts after it ends");
        }
        if (Integer.valueOf(0).equals(v.usageLimit()) || Integer.valueOf(0).equals(v.perCustomerLimit())) {
            return Optional.of("a usage limit of 0 (Django never applied it; limits here are at least 1)");
        }
        if (v.usageLimit() != null && v.usageCount() > v.usageLimit()) {
            return Optional.of("used " + v.usageCount() + " times, over its limit of " + v.usageLimit());
        }
        return Optional.empty();
    }

    private static List<Long> targets(List<Long> oldIds, String entity, ImportContext context, List<String> notes)
            throws SQLException {
        List<Long> ids = new ArrayList<>();
        for (long oldId : oldIds) {
            Optional<Long> id = context.newId(entity, oldId);
            if (id.isPresent()) {
                ids.add(id.get());
            } else {
                notes.add("target " + entity + " #" + oldId + " was not imported: left out");
            }
        }
        return ids.stream().sorted().toList();
    }

    private static List<Use> uses(String aggregated) {
        if (aggregated.isBlank()) {
            return List.of();
        }
        List<Use> uses = new ArrayList<>();
        for (String pair : aggregated.split(",")) {
            int eq = pair.lastIndexOf('=');
            uses.add(new Use(
                    pair.substring(0, eq),
                    Integer.parseInt(pair.substring(eq + 1).strip())));
        }
        return uses.stream()
                .sorted(java.util.Comparator.comparing(Use::customer))
                .toList();
    }

    @Override
    public long insert(Tx tx, Values v) throws SQLException {
        long id = super.insert(tx, v);
        writeTargets(tx, id, v);
        return id;
    }

    @Override
    public boolean update(Tx tx, long newId, Values v) throws SQLException {
        if (!super.update(tx, newId, v)) {
            return false;
        }
        for (String table : List.of("promotion_product", "promotion_category", "promotion_customer_use")) {
            Sql.update(tx.connection(), "DELETE FROM " + table + " WHERE promotion_id = ?", newId);
        }
        writeTargets(tx, newId, v);
        return true;
    }

    @Override
    Object[] columns(Values v) {
        return new Object[] {
            v.name(),
            v.slug(),
            v.code(),
            v.type(),
            v.value(),
            v.buyX(),
            v.getY(),
            v.appliesToAll(),
            v.startAt(),
            v.endAt(),
            v.active(),
            v.usageLimit(),
            v.perCustomerLimit(),
            v.usageCount(),
            v.stackable(),
            v.createdAt(),
            v.updatedAt()
        };
    }

    private static void writeTargets(Tx tx, long id, Values v) throws SQLException {
        Sql.update(
                tx.connection(),
                "INSERT INTO promotion_product (promotion_id, product_id) SELECT ?, unnest(?)",
                id,
                new Sql.IdArray(v.productIds()));
        Sql.update(
                tx.connection(),
                "INSERT INTO promotion_category (promotion_id, category_id) SELECT ?, unnest(?)",
                id,
                new Sql.IdArray(v.categoryIds()));
        for (Use use : v.customerUses()) {
            Sql.update(
                    tx.connection(),
                    """
                    INSERT INTO promotion_customer_use AS c (promotion_id, customer, uses) VALUES (?, ?, ?)
                    ON CONFLICT (promotion_id, customer) DO UPDATE SET uses = c.uses + EXCLUDED.uses""",
                    id,
                    use.customer(),
                    use.uses());
        }
    }
}
