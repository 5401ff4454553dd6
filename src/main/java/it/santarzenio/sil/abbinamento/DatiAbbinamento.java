package it.santarzenio.sil.abbinamento;

import java.time.Instant;
import java.util.List;

/**
 * The matching data of one case for the data subject's right of access: the wished occupations with what else
 * matching knows (licence, comune of the search), and every referral to an offer with its outcome.
 */
public record DatiAbbinamento(
        String numeroPratica,
        List<ProfessioneCp2021> professioniDesiderate,
        Boolean patente,
        String comune,
        String candidaturaAggiornataDa,
        Instant candidaturaAggiornataIl,
        List<Segnalazione> segnalazioni) {}
