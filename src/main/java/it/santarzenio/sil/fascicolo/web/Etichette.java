package it.santarzenio.sil.fascicolo.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * Words for people instead of the codes the tables keep: the labels the forms offer for the same values (the forms
 * are where the operators chose them), dates as 12/01/2027 in Europe/Rome. A code with no label of its own reads as
 * a sentence ("LICENZA_MEDIA" → "Licenza media").
 */
final class Etichette {

    static final ZoneId ROMA = ZoneId.of("Europe/Rome");
    private static final DateTimeFormatter GIORNO = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter GIORNO_E_ORA = DateTimeFormatter.ofPattern("dd/MM/yyyy 'alle' HH:mm");

    private static final Map<String, String> PROPRIE = Map.ofEntries(
            Map.entry("RISOLVIBILE", "Richiesta chiara, risolvibile nel colloquio"),
            Map.entry("PERCORSO", "Richiesta che necessita di una presa in carico"),
            Map.entry("PRESA_IN_CARICO", "Presa in carico"),
            Map.entry("IN_CORSO", "In corso"),
            Map.entry("NON_ADERISCE", "Non aderisce al percorso"),
            Map.entry("RINVIATO", "Da spostare: il cittadino ha chiesto un altro giorno"),
            Map.entry("NESSUNO", "Nessun titolo"),
            Map.entry("DIPLOMA", "Diploma di scuola superiore"),
            Map.entry("POST_LAUREA", "Master o dottorato"),
            Map.entry("DISOCCUPATO", "Disoccupato (ha perso il lavoro)"),
            Map.entry("INOCCUPATO", "Inoccupato (non ha mai lavorato)"),
            Map.entry("OCCUPATO", "Occupato"),
            Map.entry("BASE", "Di base (e-mail, navigazione)"),
            Map.entry("INTERMEDIE", "Intermedie (documenti, portali del lavoro)"),
            Map.entry("REINSERIMENTO", "Reinserimento lavorativo (GOL 1)"),
            Map.entry("AGGIORNAMENTO", "Aggiornamento - upskilling (GOL 2)"),
            Map.entry("RIQUALIFICAZIONE", "Riqualificazione - reskilling (GOL 3)"),
            Map.entry("INCLUSIONE", "Lavoro e inclusione (GOL 4)"),
            Map.entry("CONCLUSO", "Concluso"),
            Map.entry("INVIO_SPECIALISTICO", "Invio allo Sportello di Orientamento Specialistico"),
            Map.entry("LAVORO", "Inserimento lavorativo"),
            Map.entry("APPROVATA", "Approvata"),
            Map.entry("DA_RIVEDERE", "Da rivedere"),
            Map.entry("RESPINTA", "Respinta"),
            Map.entry("PROPOSTA_ACCETTATA", "Proposta accettata dal cittadino"),
            Map.entry("RIFIUTATA_DAL_CITTADINO", "Proposta rifiutata dal cittadino"),
            Map.entry("PRENOTATO", "Prenotato"),
            Map.entry("SVOLTO", "Svolto"),
            Map.entry("ANNULLATO", "Annullato"),
            Map.entry("RIPROGRAMMATO", "Spostato a un altro giorno"),
            Map.entry("DA_AVVIARE", "Da avviare"),
            Map.entry("ORIENTAMENTO_CONCLUSO", "Orientamento concluso"),
            Map.entry("PROPOSTA_RESPINTA", "Proposta respinta dalla Cabina di Regia"),
            Map.entry("PROGETTO_CONCLUSO", "Progetto concluso"),
            Map.entry("CONDIVISIONE_PROGETTO", "Condivisione del progetto con lo Sportello Informativo"),
            Map.entry("CONDIVISIONE_CASO", "Condivisione del caso con lo Sportello Informativo"),
            Map.entry("ORIENTAMENTO_SPECIALISTICO", "Orientamento specialistico"));

    private Etichette() {}

    /** The label of an enumeration value (or of its name); null stays null. */
    static String di(Object codice) {
        if (codice == null) {
            return null;
        }
        String nome = codice instanceof Enum<?> valore ? valore.name() : codice.toString();
        String propria = PROPRIE.get(nome);
        if (propria != null) {
            return propria;
        }
        String frase = nome.replace('_', ' ').toLowerCase(Locale.ITALIAN);
        return frase.isEmpty() ? frase : Character.toUpperCase(frase.charAt(0)) + frase.substring(1);
    }

    static String siNo(Boolean valore) {
        return valore == null ? null : valore ? "Sì" : "No";
    }

    static String giorno(LocalDate giorno) {
        return giorno == null ? null : GIORNO.format(giorno);
    }

    static String giorno(Instant istante) {
        return istante == null ? null : GIORNO.format(istante.atZone(ROMA));
    }

    static String giornoEOra(Instant istante) {
        return istante == null ? null : GIORNO_E_ORA.format(istante.atZone(ROMA));
    }

    static String giornoEOra(OffsetDateTime istante) {
        return istante == null ? null : giornoEOra(istante.toInstant());
    }
}
