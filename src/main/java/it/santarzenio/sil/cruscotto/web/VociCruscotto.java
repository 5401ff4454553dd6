package it.santarzenio.sil.cruscotto.web;

import it.santarzenio.sil.cruscotto.Cruscotto;
import it.santarzenio.sil.cruscotto.Cruscotto.Durata;
import it.santarzenio.sil.cruscotto.Cruscotto.Quota;
import it.santarzenio.sil.cruscotto.Cruscotto.Ritardo;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Cruscotto as rows for a spreadsheet, one per indicator and breakdown, with Italian labels: the one place where
 * the export's wording is decided. The list of late tasks is not a figure and stays out (it names cases).
 */
final class VociCruscotto {

    private static final Map<String, String> ETICHETTE = Map.ofEntries(
            Map.entry("sportello-informativo", "Sportello Informativo"),
            Map.entry("sportello-specialistico", "Sportello Specialistico"),
            Map.entry("societa-partner", "Società partner"),
            Map.entry("cabina-di-regia", "Cabina di Regia"),
            Map.entry("INFORMATIVO", "Sportello Informativo"),
            Map.entry("SPECIALISTICO", "Sportello Specialistico"),
            Map.entry("NON_PROFILATO", "Non ancora profilato"),
            Map.entry("SENZA_COMPITO", "In attesa, nessun compito aperto"),
            Map.entry("Task_RispostaRichiesta", "Risposta alla richiesta"),
            Map.entry("Task_ConcordaAppuntamento", "Concorda appuntamento"),
            Map.entry("Task_ColloquioAssessment", "Colloquio di assessment"),
            Map.entry("Task_CondivisioneObiettivi", "Condivisione degli obiettivi"),
            Map.entry("Task_CondivisioneProgetto", "Condivisione del progetto"),
            Map.entry("Task_OrientamentoSecondoLivello", "Orientamento di secondo livello"),
            Map.entry("Task_CondivisioneCaso", "Condivisione del caso"),
            Map.entry("Task_OrientamentoSpecialistico", "Orientamento specialistico"),
            Map.entry("Task_ElaborazioneProposta", "Elaborazione della proposta"),
            Map.entry("Task_ApprovazioneCabinaDiRegia", "Decisione della Cabina di Regia"),
            Map.entry("Task_AbbinamentoDomandaOfferta", "Incontro domanda/offerta"),
            Map.entry("Task_AvvioProgetto", "Avvio del progetto"),
            Map.entry("Task_Monitoraggio", "Monitoraggio"),
            Map.entry("Task_Rendicontazione", "Rendicontazione"),
            Map.entry("Task_PresaVisioneRendicontazione", "Presa visione della rendicontazione"));

    private VociCruscotto() {}

    /** "DA_RIVEDERE" → "Da rivedere"; steps, desks and a few codes by their name in the service. */
    static String etichetta(String codice) {
        var nota = ETICHETTE.get(codice);
        if (nota != null) {
            return nota;
        }
        if (codice.isEmpty() || codice.startsWith("Task_")) {
            return codice;
        }
        String parole = codice.replace('_', ' ').toLowerCase(Locale.ITALIAN);
        return Character.toUpperCase(parole.charAt(0)) + parole.substring(1);
    }

    static List<Voce> di(Cruscotto c) {
        var voci = new ArrayList<Voce>();
        String flusso = "Flusso nel periodo";
        voci.add(Voce.conteggio(flusso, "Accessi (registro accessi)", "", c.accessi()));
        voci.add(Voce.conteggio(flusso, "Richieste evase al primo contatto", "", c.richiesteEvase()));
        voci.add(Voce.conteggio(flusso, "Presi in carico (schede utente aperte)", "", c.presiInCarico()));
        voci.add(Voce.conteggio(flusso, "Invii allo Sportello Specialistico", "", c.inviiSpecialistico()));
        voci.add(Voce.conteggio(flusso, "Proposte presentate alla Cabina di Regia", "", c.proposte()));
        perValore(voci, flusso, "Decisioni della Cabina di Regia", c.decisioniCabina());
        perValore(voci, flusso, "Progetti avviati", c.progettiAvviati());
        perValore(voci, flusso, "Progetti conclusi", c.progettiConclusi());
        perValore(voci, flusso, "Casi chiusi", c.casiChiusi());

        String verifiche = "Verifiche degli esiti (registrate nel periodo)";
        c.verificheEsiti()
                .forEach((intervallo, perCondizione) -> perValore(
                        voci, verifiche, "Verifica " + intervallo(intervallo) + " dalla chiusura", perCondizione));

        String adesso = "Situazione attuale";
        voci.add(Voce.conteggio(adesso, "Pratiche aperte", "", c.casiAperti().pratiche()));
        perValore(
                voci,
                adesso,
                "Pratiche aperte per passo attuale",
                c.casiAperti().perPasso());
        perValore(voci, adesso, "Compiti aperti per passo", c.casiAperti().perCompito());
        perValore(voci, adesso, "Compiti aperti per sportello", c.casiAperti().perSportello());
        c.scaduti()
                .appuntamentiSenzaEsito()
                .forEach((sportello, ritardo) ->
                        ritardo(voci, adesso, "Appuntamenti passati senza esito", etichetta(sportello), ritardo));
        ritardo(
                voci,
                adesso,
                "Decisioni della Cabina oltre la scadenza",
                "",
                c.scaduti().decisioniCabina());
        ritardo(voci, adesso, "Monitoraggi scaduti", "", c.scaduti().monitoraggi());
        c.scaduti()
                .compiti()
                .forEach((gruppo, ritardo) -> ritardo(voci, adesso, "Compiti scaduti", etichetta(gruppo), ritardo));

        String durate = "Durate (giorni) dei passi conclusi nel periodo";
        durata(voci, durate, "Accesso → colloquio di assessment", "", c.durate().accessoAssessment());
        durata(
                voci,
                durate,
                "Presa in carico → invio allo Specialistico",
                "",
                c.durate().presaInCaricoInvioSpecialistico());
        c.durate()
                .propostaDecisionePerVersione()
                .forEach((versione, durata) ->
                        durata(voci, durate, "Proposta → decisione della Cabina", "versione " + versione, durata));
        durata(voci, durate, "Avvio → fine del progetto", "", c.durate().progetto());
        durata(voci, durate, "Intero percorso", "", c.durate().percorso());

        String gol = "Indicatori GOL (presi in carico nel periodo)";
        var indicatori = c.indicatoriGol();
        perValore(voci, gol, "Presi in carico per percorso", indicatori.perPercorso());
        quota(voci, gol, "Con almeno un'attività oltre l'assessment", indicatori.conAttivitaOltreAssessment());
        quota(voci, gol, "Donne", indicatori.donne());
        quota(voci, gol, "Under 30", indicatori.under30());
        quota(voci, gol, "Over 55", indicatori.over55());
        voci.add(Voce.conteggio(
                gol, "Sesso ed età non determinabili dal codice fiscale", "", indicatori.anagraficaNonDeterminabile()));
        quota(voci, gol, "Disoccupati da almeno 12 mesi", indicatori.disoccupatiDaAlmeno12Mesi());

        String capacita = "Capacità degli sportelli (appuntamenti nel periodo)";
        c.capacita().forEach((sportello, k) -> {
            String nome = etichetta(sportello);
            voci.add(Voce.conteggio(capacita, "Slot offerti", nome, k.slotOfferti()));
            voci.add(Voce.conteggio(capacita, "Appuntamenti prenotati", nome, k.prenotati()));
            voci.add(Voce.conteggio(capacita, "Colloqui svolti", nome, k.svolti()));
            voci.add(Voce.conteggio(capacita, "Assenze", nome, k.assenze()));
            voci.add(
                    new Voce(capacita, "Tasso di assenza", nome, k.tassoAssenze(), Voce.Tipo.PERCENTUALE, k.assenze()));
            voci.add(Voce.conteggio(capacita, "Appuntamenti spostati", nome, k.riprogrammati()));
            voci.add(Voce.conteggio(capacita, "Appuntamenti annullati", nome, k.annullati()));
        });
        return voci;
    }

    /** "P6M" → "a 6 mesi", "P1Y" → "a 1 anno", "P90D" → "a 90 giorni"; anything else as it is. */
    static String intervallo(String codice) {
        try {
            var periodo = Period.parse(codice);
            var parti = new ArrayList<String>();
            if (periodo.getYears() != 0) {
                parti.add(periodo.getYears() + (periodo.getYears() == 1 ? " anno" : " anni"));
            }
            if (periodo.getMonths() != 0) {
                parti.add(periodo.getMonths() + (periodo.getMonths() == 1 ? " mese" : " mesi"));
            }
            if (periodo.getDays() != 0) {
                parti.add(periodo.getDays() + (periodo.getDays() == 1 ? " giorno" : " giorni"));
            }
            return parti.isEmpty() ? codice : "a " + String.join(" e ", parti);
        } catch (DateTimeParseException e) {
            return codice;
        }
    }

    private static void perValore(List<Voce> voci, String sezione, String indicatore, Map<String, Long> conteggi) {
        conteggi.forEach((codice, quanti) -> voci.add(Voce.conteggio(sezione, indicatore, etichetta(codice), quanti)));
    }

    private static void ritardo(List<Voce> voci, String sezione, String indicatore, String dettaglio, Ritardo r) {
        voci.add(Voce.conteggio(sezione, indicatore, dettaglio, r.quanti()));
        voci.add(new Voce(
                sezione,
                indicatore + ": giorni di ritardo del più vecchio",
                dettaglio,
                r.giorniMassimi(),
                Voce.Tipo.GIORNI,
                r.quanti()));
    }

    private static void durata(List<Voce> voci, String sezione, String indicatore, String dettaglio, Durata d) {
        voci.add(Voce.conteggio(sezione, indicatore + ": casi", dettaglio, d.casi()));
        voci.add(new Voce(sezione, indicatore + ": mediana", dettaglio, d.mediana(), Voce.Tipo.GIORNI, d.casi()));
        voci.add(new Voce(
                sezione,
                indicatore + ": 90° percentile",
                dettaglio,
                d.novantesimoPercentile(),
                Voce.Tipo.GIORNI,
                d.casi()));
    }

    private static void quota(List<Voce> voci, String sezione, String indicatore, Quota q) {
        voci.add(Voce.conteggio(sezione, indicatore, "numero", q.quanti()));
        voci.add(new Voce(sezione, indicatore, "quota", q.percentuale(), Voce.Tipo.PERCENTUALE, q.quanti()));
    }
}
