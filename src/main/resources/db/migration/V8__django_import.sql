-- What the Django importer (server-config/import-django.sh) brought in: for each entity, the Django row's id,
-- the id it got here and a fingerprint of what was written. A later run compares fingerprints to tell new,
-- changed, unchanged and deleted rows apart, so it can run again and again while the old site still runs.
CREATE TABLE django_import_map (
    entity      varchar(40) NOT NULL,
    old_id      bigint      NOT NULL,
    new_id      bigint      NOT NULL,
    fingerprint char(64)    NOT NULL,
    imported_at timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (entity, old_id)
);
CREATE INDEX django_import_map_new_idx ON django_import_map (entity, new_id);
