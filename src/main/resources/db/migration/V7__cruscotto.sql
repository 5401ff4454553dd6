-- Cruscotto (module it.santarzenio.sil.cruscotto): the indexes its aggregates need, one per period column and one
-- per join by case number that had none. Portable between H2 and PostgreSQL.

CREATE INDEX ix_accesso_numero_pratica ON accesso (numero_pratica);
CREATE INDEX ix_scheda_utente_aperta_il ON scheda_utente (aperta_il);
CREATE INDEX ix_scheda_utente_chiusa_il ON scheda_utente (chiusa_il);
CREATE INDEX ix_colloquio_registrato_il ON colloquio (registrato_il);
CREATE INDEX ix_profilo_registrato_il ON profilo (registrato_il);
CREATE INDEX ix_progetto_avviato_il ON progetto (avviato_il);
CREATE INDEX ix_progetto_terminato_il ON progetto (terminato_il);
CREATE INDEX ix_rendicontazione_registrata_il ON rendicontazione (registrata_il);
CREATE INDEX ix_proposta_progettuale_presentata_il ON proposta_progettuale (presentata_il);
CREATE INDEX ix_proposta_progettuale_scadenza_il ON proposta_progettuale (scadenza_il);
CREATE INDEX ix_decisione_cabina_decisa_il ON decisione_cabina (decisa_il);
CREATE INDEX ix_appuntamento_inizio ON appuntamento (inizio, stato);
-- Booked appointments already over (stato PRENOTATO, fine in the past) are the late ones.
CREATE INDEX ix_appuntamento_prenotato_fine ON appuntamento (stato, fine);
