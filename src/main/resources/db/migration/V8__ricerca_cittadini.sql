-- Issue 13: the desks find a returning citizen by part of the surname, the name or the codice fiscale, ignoring case
-- and accents. One row per word, reduced to [0-9A-Z] by the application (ChiaviRicerca): a prefix is a range of this
-- B-tree index on H2 and PostgreSQL alike, at any collation (ADR 0013). Filled for the citizens already known by
-- the Java migration V8_1.
CREATE TABLE cittadino_chiave_ricerca (
    cittadino_id BIGINT      NOT NULL REFERENCES cittadino (id),
    chiave       VARCHAR(60) NOT NULL,
    CONSTRAINT pk_cittadino_chiave_ricerca PRIMARY KEY (cittadino_id, chiave)
);
CREATE INDEX ix_cittadino_chiave_ricerca ON cittadino_chiave_ricerca (chiave, cittadino_id);
