-- Other slugs a category answers to in filters and lookups, e.g. the English ones the shop's footer
-- hard-codes (computers, components, printers, accessories) for departments whose slugs are French.
-- A slug belongs to one category, as its own or as an alias: the application checks both tables under
-- the same advisory lock it takes to pick slugs.
CREATE TABLE category_alias (
    slug        varchar(140) PRIMARY KEY,
    category_id bigint NOT NULL REFERENCES category (id) ON DELETE CASCADE
);
CREATE INDEX category_alias_category_idx ON category_alias (category_id);
