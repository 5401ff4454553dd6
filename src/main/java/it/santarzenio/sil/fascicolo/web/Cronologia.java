package it.santarzenio.sil.fascicolo.web;

import it.santarzenio.sil.fascicolo.web.FascicoloVista.Dettaglio;
import it.santarzenio.sil.fascicolo.web.FascicoloVista.VoceCronologia;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Events collected in any order and read oldest first; two events at the same instant keep the order they were
 * added in (an access before the scheda utente it opened). Operators are named once all ids are known.
 */
final class Cronologia {

    private record Evento(Instant quando, int ordine, String titolo, String operatore, List<Dettaglio> dettagli) {}

    private final List<Evento> eventi = new ArrayList<>();

    /** {@code dettagli}: label, value, label, value...; a pair whose value is null or blank is left out. */
    void aggiungi(Instant quando, String titolo, String operatore, String... dettagli) {
        if (quando == null) {
            return;
        }
        var coppie = new ArrayList<Dettaglio>();
        for (int i = 0; i + 1 < dettagli.length; i += 2) {
            if (dettagli[i + 1] != null && !dettagli[i + 1].isBlank()) {
                coppie.add(new Dettaglio(dettagli[i], dettagli[i + 1]));
            }
        }
        eventi.add(new Evento(quando, eventi.size(), titolo, operatore, List.copyOf(coppie)));
    }

    List<String> operatori() {
        return eventi.stream().map(Evento::operatore).toList();
    }

    List<VoceCronologia> dallaPiuVecchia(Map<String, String> nomi) {
        return eventi.stream()
                .sorted(Comparator.comparing(Evento::quando).thenComparing(Evento::ordine))
                .map(evento -> new VoceCronologia(
                        Etichette.giornoEOra(evento.quando()),
                        evento.titolo(),
                        evento.operatore() == null ? null : nomi.getOrDefault(evento.operatore(), evento.operatore()),
                        evento.dettagli()))
                .toList();
    }
}
