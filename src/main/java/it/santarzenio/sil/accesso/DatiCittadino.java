package it.santarzenio.sil.accesso;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Everything the accoglienza holds about one citizen: personal data, registro accessi, schede utente. */
public record DatiCittadino(
        Long id,
        String codiceFiscale,
        String nome,
        String cognome,
        LocalDate dataNascita,
        String telefono,
        String email,
        Instant registratoIl,
        Instant aggiornatoIl,
        List<AccessoDelCittadino> accessi,
        List<SchedaUtenteDelCittadino> schedeUtente) {

    public record AccessoDelCittadino(
            String numeroPratica,
            Instant registratoIl,
            String operatore,
            String bisognoEspresso,
            TipoRichiesta tipoRichiesta,
            Boolean aderisceOrientamento,
            String esito,
            String rispostaFornita) {}

    public record SchedaUtenteDelCittadino(
            String numeroPratica, Instant apertaIl, String operatore, Instant chiusaIl, EsitoPercorso esitoPercorso) {}

    public List<String> numeriPratica() {
        return accessi.stream()
                .map(AccessoDelCittadino::numeroPratica)
                .distinct()
                .toList();
    }
}
