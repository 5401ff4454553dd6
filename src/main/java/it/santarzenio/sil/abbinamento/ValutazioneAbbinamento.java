package it.santarzenio.sil.abbinamento;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The explainable ranking of offers for a citizen. Every point given or taken comes with the Italian sentence that
 * explains it, so the consultant can tell the citizen why an offer comes first. Pure: no database, no clock.
 *
 * <p>Weights: occupation closeness along the CP2021 hierarchy (same class or deeper 40, same second level 25, same
 * major group 10), requirements met (education +15, digital skills +10, driving licence +5) or missing (-25, -15,
 * -20), the same comune +10. Unknown facts about the citizen cost little and say what to check.
 */
public final class ValutazioneAbbinamento {

    static final int STESSA_CLASSE = 40;
    static final int STESSO_GRUPPO = 25;
    static final int STESSO_GRANDE_GRUPPO = 10;
    static final int TITOLO_ADEGUATO = 15;
    static final int TITOLO_INFERIORE = -25;
    static final int TITOLO_IGNOTO = -5;
    static final int COMPETENZE_ADEGUATE = 10;
    static final int COMPETENZE_INFERIORI = -15;
    static final int COMPETENZE_IGNOTE = -5;
    static final int PATENTE_POSSEDUTA = 5;
    static final int PATENTE_MANCANTE = -20;
    static final int STESSO_COMUNE = 10;

    private ValutazioneAbbinamento() {}

    /**
     * The offers that can be proposed on {@code oggi} (open, within their dates), best first; equal scores put the
     * offer closing sooner first.
     */
    public static List<OffertaValutata> classifica(
            ProfiloAbbinamento profilo, Collection<SchedaOfferta> offerte, LocalDate oggi) {
        return offerte.stream()
                .filter(offerta -> offerta.proponibile(oggi))
                .map(offerta -> valuta(profilo, offerta))
                .sorted(Comparator.comparingInt(OffertaValutata::punteggio)
                        .reversed()
                        .thenComparing(valutata -> valutata.offerta().validaAl())
                        .thenComparing(valutata -> valutata.offerta().id(), Comparator.nullsLast(Long::compare)))
                .toList();
    }

    public static OffertaValutata valuta(ProfiloAbbinamento profilo, SchedaOfferta offerta) {
        var motivi = new ArrayList<String>();
        int punteggio = professione(profilo, offerta, motivi)
                + titoloStudio(profilo, offerta, motivi)
                + competenzeDigitali(profilo, offerta, motivi)
                + patente(profilo, offerta, motivi)
                + lingue(offerta, motivi)
                + comune(profilo, offerta, motivi);
        return new OffertaValutata(offerta, punteggio, List.copyOf(motivi));
    }

    private static int professione(ProfiloAbbinamento profilo, SchedaOfferta offerta, List<String> motivi) {
        if (profilo.professioniDesiderate().isEmpty()) {
            motivi.add("Professioni desiderate non indicate: vicinanza professionale non valutata");
            return 0;
        }
        var richiesta = CodiceCp2021.of(offerta.codiceProfessione());
        int comuni = profilo.professioniDesiderate().stream()
                .mapToInt(desiderata -> richiesta.livelliInComune(CodiceCp2021.of(desiderata.codice())))
                .max()
                .orElse(0);
        if (comuni >= 3) {
            motivi.add("Stessa classe professionale " + richiesta.troncato(comuni));
            return STESSA_CLASSE;
        }
        if (comuni == 2) {
            motivi.add("Stesso gruppo professionale " + richiesta.troncato(2));
            return STESSO_GRUPPO;
        }
        if (comuni == 1) {
            motivi.add("Stesso grande gruppo professionale " + richiesta.troncato(1));
            return STESSO_GRANDE_GRUPPO;
        }
        motivi.add("Professione " + richiesta + " lontana da quelle desiderate");
        return 0;
    }

    private static int titoloStudio(ProfiloAbbinamento profilo, SchedaOfferta offerta, List<String> motivi) {
        var richiesto = offerta.titoloStudioMinimo();
        if (richiesto == null) {
            return 0;
        }
        var posseduto = profilo.titoloStudio();
        if (posseduto == null) {
            motivi.add("Titolo di studio del cittadino non rilevato (richiesto: " + richiesto + ")");
            return TITOLO_IGNOTO;
        }
        if (posseduto.compareTo(richiesto) < 0) {
            motivi.add("Titolo di studio inferiore al richiesto: " + richiesto);
            return TITOLO_INFERIORE;
        }
        motivi.add("Titolo di studio adeguato: " + posseduto + " (richiesto: " + richiesto + ")");
        return TITOLO_ADEGUATO;
    }

    private static int competenzeDigitali(ProfiloAbbinamento profilo, SchedaOfferta offerta, List<String> motivi) {
        var richieste = offerta.competenzeDigitaliMinime();
        if (richieste == null) {
            return 0;
        }
        var possedute = profilo.competenzeDigitali();
        if (possedute == null) {
            motivi.add("Competenze digitali del cittadino non rilevate (richieste: " + richieste + ")");
            return COMPETENZE_IGNOTE;
        }
        if (possedute.compareTo(richieste) < 0) {
            motivi.add("Competenze digitali inferiori alle richieste: " + richieste);
            return COMPETENZE_INFERIORI;
        }
        motivi.add("Competenze digitali adeguate: " + possedute + " (richieste: " + richieste + ")");
        return COMPETENZE_ADEGUATE;
    }

    private static int patente(ProfiloAbbinamento profilo, SchedaOfferta offerta, List<String> motivi) {
        if (!offerta.patenteRichiesta()) {
            return 0;
        }
        if (profilo.patente() == null) {
            motivi.add("Patente richiesta: da verificare con il cittadino");
            return 0;
        }
        if (profilo.patente()) {
            motivi.add("Patente richiesta e posseduta");
            return PATENTE_POSSEDUTA;
        }
        motivi.add("Patente richiesta, il cittadino non la possiede");
        return PATENTE_MANCANTE;
    }

    private static int lingue(SchedaOfferta offerta, List<String> motivi) {
        if (!offerta.lingue().isEmpty()) {
            motivi.add("Lingue richieste, da verificare con il cittadino: " + String.join(", ", offerta.lingue()));
        }
        return 0;
    }

    private static int comune(ProfiloAbbinamento profilo, SchedaOfferta offerta, List<String> motivi) {
        if (profilo.comune() != null && normalizzato(profilo.comune()).equals(normalizzato(offerta.comune()))) {
            motivi.add("Stesso comune: " + offerta.comune().strip());
            return STESSO_COMUNE;
        }
        motivi.add("Lavoro in un altro comune: " + offerta.comune());
        return 0;
    }

    private static String normalizzato(String comune) {
        return comune.strip().replace('’', '\'').toLowerCase(Locale.ITALIAN);
    }
}
