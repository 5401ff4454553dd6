-- The Cruscotto counts the outcome checks recorded in a period (ADR 0017): its period column needs an index, as the
-- other period columns got in V7.
CREATE INDEX ix_verifica_esito_registrata ON verifica_esito (registrata_il);
