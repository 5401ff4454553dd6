-- Cruscotto (ADR 0012): each period index of V7 becomes a covering one, the period column first and then the columns
-- the aggregate reads (its outcome, the case number it joins by, the other timestamp of a duration). PostgreSQL then
-- answers from the index alone (index-only scans) instead of reading one table row per case of the period: measured
-- on 100,000 closed cases, 12 months, docs/benchmark.md. Composite indexes, not INCLUDE, so that H2 takes them too;
-- each replaces the index it extends, whose queries it serves as well (same leading column).

DROP INDEX ix_accesso_registrato_il;
CREATE INDEX ix_accesso_periodo ON accesso (registrato_il, esito);

DROP INDEX ix_scheda_utente_aperta_il;
CREATE INDEX ix_scheda_utente_apertura ON scheda_utente (aperta_il, numero_pratica, cittadino_id);
DROP INDEX ix_scheda_utente_chiusa_il;
CREATE INDEX ix_scheda_utente_chiusura ON scheda_utente (chiusa_il, esito_percorso, aperta_il);
-- The opening of a case by its number, for the durations that start at the access (hash joins over this index).
CREATE INDEX ix_scheda_utente_pratica_apertura ON scheda_utente (numero_pratica, aperta_il);

DROP INDEX ix_colloquio_registrato_il;
CREATE INDEX ix_colloquio_periodo ON colloquio (registrato_il, presenza, numero_pratica);

DROP INDEX ix_profilo_registrato_il;
CREATE INDEX ix_profilo_periodo ON profilo (registrato_il, esito_primo_livello, numero_pratica);

DROP INDEX ix_decisione_cabina_decisa_il;
CREATE INDEX ix_decisione_cabina_periodo ON decisione_cabina (decisa_il, esito, proposta_id);

DROP INDEX ix_progetto_avviato_il;
CREATE INDEX ix_progetto_avvio ON progetto (avviato_il, tipo);
DROP INDEX ix_progetto_terminato_il;
CREATE INDEX ix_progetto_termine ON progetto (terminato_il, avviato_il);

DROP INDEX ix_rendicontazione_registrata_il;
CREATE INDEX ix_rendicontazione_periodo ON rendicontazione (registrata_il, esito_finale);

-- The agenda's index by desk and time also carries the state the Cruscotto's capacity counts.
DROP INDEX ix_appuntamento_agenda;
CREATE INDEX ix_appuntamento_agenda ON appuntamento (sportello, inizio, stato);
