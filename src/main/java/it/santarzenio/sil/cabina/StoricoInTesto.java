package it.santarzenio.sil.cabina;

import it.santarzenio.sil.Markdown;
import it.santarzenio.sil.specialistico.TipoProgetto;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The earlier versions of a proposal and their decisions as Markdown, for a Camunda Form text component. What the
 * operators typed is quoted as text: a text component renders Markdown and HTML, so their markup is escaped.
 */
final class StoricoInTesto {

    private static final DateTimeFormatter QUANDO =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Rome"));

    private StoricoInTesto() {}

    static String markdown(List<VersioneProposta> precedenti) {
        if (precedenti.isEmpty()) {
            return "Prima versione della proposta: nessuna decisione precedente.";
        }
        return precedenti.stream().map(StoricoInTesto::versione).collect(Collectors.joining("\n\n"));
    }

    private static String versione(VersioneProposta versione) {
        var testo = new StringBuilder()
                .append("**Versione ")
                .append(versione.versione())
                .append("** presentata da ")
                .append(versione.presentataDa())
                .append(" il ")
                .append(quando(versione.presentataIl()))
                .append(" - ")
                .append(tipo(versione.tipoProgetto()))
                .append(versione.richiedeAbbinamento() ? ", con abbinamento" : ", senza abbinamento")
                .append("\n\n")
                .append(citazione(versione.testo()));
        if (versione.decisa()) {
            testo.append("\n\nDecisione: **")
                    .append(etichetta(versione.decisione()))
                    .append("** (")
                    .append(versione.decisaDa())
                    .append(", ")
                    .append(quando(versione.decisaIl()))
                    .append(")");
            if (versione.motivazione() != null) {
                testo.append("\n\n").append(citazione(versione.motivazione()));
            }
        }
        return testo.toString();
    }

    private static String tipo(TipoProgetto tipo) {
        return switch (tipo) {
            case LAVORO -> "inserimento lavorativo";
            case TIROCINIO -> "tirocinio";
            case FORMAZIONE -> "formazione";
            case AUTOIMPIEGO -> "autoimpiego";
            case INCLUSIONE -> "lavoro e inclusione";
        };
    }

    static String etichetta(DecisioneCabina decisione) {
        return switch (decisione) {
            case APPROVATA -> "approvata";
            case DA_RIVEDERE -> "da rivedere";
            case RESPINTA -> "respinta";
        };
    }

    private static String citazione(String testo) {
        return testo.lines().map(riga -> "> " + testo(riga)).collect(Collectors.joining("\n"));
    }

    static String testo(String riga) {
        return Markdown.letterale(riga);
    }

    private static String quando(Instant istante) {
        return QUANDO.format(istante);
    }
}
