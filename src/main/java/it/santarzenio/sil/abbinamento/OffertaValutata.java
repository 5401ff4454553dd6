package it.santarzenio.sil.abbinamento;

import java.util.List;

/** An offer ranked for a citizen: the score and, in Italian, every reason that made it. */
public record OffertaValutata(SchedaOfferta offerta, int punteggio, List<String> motivi) {}
