package it.santarzenio.sil.orientamento;

import java.time.Instant;
import java.util.List;

/** The assessment interviews and profiles of a citizen's cases, for the data subject's right of access. */
public record DatiOrientamento(List<ColloquioRegistrato> colloqui, List<ProfiloRegistrato> profili) {

    public record ColloquioRegistrato(
            String numeroPratica,
            Instant registratoIl,
            String operatore,
            Presenza presenza,
            TitoloStudio titoloStudio,
            CondizioneOccupazionale condizioneOccupazionale,
            Integer mesiSenzaLavoro,
            String storiaProfessionale,
            Boolean haCurriculum,
            CompetenzeDigitali competenzeDigitali,
            Boolean fragilitaSociale) {}

    public record ProfiloRegistrato(
            String numeroPratica,
            Instant registratoIl,
            String operatore,
            PercorsoGol percorsoSuggerito,
            String motivazioneSuggerimento,
            PercorsoGol percorsoConfermato,
            String motivazioneScostamento,
            String obiettivi,
            EsitoPrimoLivello esitoPrimoLivello,
            Boolean progettoDefinito,
            String interventiSecondoLivello) {}
}
