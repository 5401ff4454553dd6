package it.santarzenio.sil.chiusura;

import it.santarzenio.sil.accesso.MotivoChiusura;

/**
 * Published by {@link ChiusuraService} inside its transaction: the process layer ends the case's running instance,
 * or refuses with {@link PraticaGiaChiusaException} when none runs.
 */
public record ChiusuraAnticipataRichiesta(String numeroPratica, MotivoChiusura motivo, String operatore) {}
