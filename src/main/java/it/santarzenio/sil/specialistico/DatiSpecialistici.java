package it.santarzenio.sil.specialistico;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What Fase II holds about a citizen's cases, for the data subject's right of access: the specialist desk's journal
 * (sharing notes, specialist orientation) and each project with its monitoring and final report.
 */
public record DatiSpecialistici(List<AttivitaRegistrata> attivita, List<ProgettoRegistrato> progetti) {

    /** {@code tipo}: CONDIVISIONE_PROGETTO, CONDIVISIONE_CASO or ORIENTAMENTO_SPECIALISTICO. */
    public record AttivitaRegistrata(
            String numeroPratica, String tipo, String testo, String operatore, Instant registrataIl) {}

    public record ProgettoRegistrato(
            String numeroPratica,
            boolean progettoDefinito,
            TipoProgetto tipoProgetto,
            boolean richiedeAbbinamento,
            StatoProgetto stato,
            String approvatoDa,
            Instant approvatoIl,
            EsitoAbbinamento esitoAbbinamento,
            Long offertaId,
            String noteAbbinamento,
            String abbinamentoDa,
            Instant abbinamentoIl,
            String enteOspitante,
            LocalDate dataAvvio,
            String avviatoDa,
            Instant avviatoIl,
            Instant terminatoIl,
            List<MonitoraggioSvolto> monitoraggi,
            RendicontazioneRegistrata rendicontazione) {}

    public record MonitoraggioSvolto(
            int numero, StatoProgetto statoProgetto, String note, String operatore, Instant registratoIl) {}

    public record RendicontazioneRegistrata(
            EsitoFinale esitoFinale, String relazioneFinale, String operatore, Instant registrataIl) {}
}
