package it.santarzenio.sil.fascicolo.web;

import static it.santarzenio.sil.fascicolo.web.Etichette.di;
import static it.santarzenio.sil.fascicolo.web.Etichette.giorno;
import static it.santarzenio.sil.fascicolo.web.Etichette.giornoEOra;
import static it.santarzenio.sil.fascicolo.web.Etichette.siNo;

import it.santarzenio.sil.NomiOperatori;
import it.santarzenio.sil.abbinamento.ProfessioneCp2021;
import it.santarzenio.sil.accesso.DatiCittadino;
import it.santarzenio.sil.fascicolo.DatiFascicolo;
import it.santarzenio.sil.fascicolo.web.FascicoloVista.CittadinoVista;
import it.santarzenio.sil.fascicolo.web.FascicoloVista.DocumentoVista;
import it.santarzenio.sil.fascicolo.web.FascicoloVista.PraticaVista;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Composes what the Fascicolo tab shows from the modules' records: one event per thing done on the case. */
@Component
class ComposizioneFascicolo {

    private final NomiOperatori nomi;

    ComposizioneFascicolo(NomiOperatori nomi) {
        this.nomi = nomi;
    }

    /** Who reads the file, and so how much of it (ADR 0016, security.md section 2). */
    enum Lettore {
        /** The two desks: the whole file, contacts included; they meet and call the citizen. */
        SPORTELLO,
        /**
         * The Cabina di Regia: what its decision on a proposal needs, the same as its task receives (ADR 0010): who
         * (name and surname), the chosen path and the goals, the specialist orientation's outcome, every proposal
         * version with its decision. Not the codice fiscale, birth date and contacts, the access and its need, the
         * appointments, the assessment (social fragility, work history), the suggestion's reason, the desks' sharing
         * notes, the matching, the project after approval, the citizen's other cases.
         */
        CABINA
    }

    FascicoloVista componi(DatiFascicolo dati, Lettore lettore) {
        var cittadino = dati.cittadino();
        boolean tutto = lettore == Lettore.SPORTELLO;
        var cronologia = tutto ? cronologia(dati) : cronologiaPerLaCabina(dati);
        return new FascicoloVista(
                dati.numeroPratica(),
                stato(cittadino, dati.numeroPratica()),
                new CittadinoVista(
                        tutto ? cittadino.codiceFiscale() : null,
                        cittadino.nome(),
                        cittadino.cognome(),
                        tutto ? giorno(cittadino.dataNascita()) : null,
                        tutto ? cittadino.telefono() : null,
                        tutto ? cittadino.email() : null),
                cronologia.dallaPiuVecchia(nomi.nomi(cronologia.operatori())),
                tutto
                        ? cittadino.numeriPratica().stream()
                                .filter(numero -> !numero.equals(dati.numeroPratica()))
                                .map(numero -> new PraticaVista(
                                        numero, giorno(apertaIl(cittadino, numero)), stato(cittadino, numero)))
                                .toList()
                        // Not an empty list: "no other cases" would be false for a citizen who has them.
                        : null,
                documenti(dati, lettore),
                new FascicoloVista.Strumenti(tutto, tutto));
    }

    /**
     * The Cabina di Regia's timeline: the same events as the desks', composed by the same methods, of what its
     * decision needs only (the profiles without the suggestion and its reason, the specialist orientation's outcome,
     * the proposals and decisions).
     */
    private static Cronologia cronologiaPerLaCabina(DatiFascicolo dati) {
        var voci = new Cronologia();
        profili(dati, voci, Lettore.CABINA);
        attivita(dati, voci, Lettore.CABINA);
        proposte(dati, voci);
        return voci;
    }

    /** How a case stands: its path open or closed with its outcome, or a quick request answered or not. */
    static String stato(DatiCittadino cittadino, String numeroPratica) {
        var scheda = cittadino.schedeUtente().stream()
                .filter(s -> s.numeroPratica().equals(numeroPratica))
                .findFirst();
        if (scheda.isPresent()) {
            var s = scheda.get();
            return s.chiusaIl() == null
                    ? "In corso"
                    : "Chiusa il " + giorno(s.chiusaIl())
                            + (s.esitoPercorso() == null ? "" : ": " + di(s.esitoPercorso()));
        }
        return cittadino.accessi().stream()
                .filter(accesso -> accesso.numeroPratica().equals(numeroPratica))
                .findFirst()
                .map(accesso -> switch (accesso.esito()) {
                    case "IN_CORSO" -> "Richiesta in attesa di risposta";
                    case "RICHIESTA_EVASA" -> "Chiusa: richiesta evasa";
                    case "NON_ADERISCE" -> "Chiusa: il cittadino non aderisce al percorso";
                    default -> di(accesso.esito());
                })
                .orElse("Sconosciuto");
    }

    private static Instant apertaIl(DatiCittadino cittadino, String numeroPratica) {
        return cittadino.accessi().stream()
                .filter(accesso -> accesso.numeroPratica().equals(numeroPratica))
                .map(DatiCittadino.AccessoDelCittadino::registratoIl)
                .min(Comparator.naturalOrder())
                .orElse(null);
    }

    private static Cronologia cronologia(DatiFascicolo dati) {
        var voci = new Cronologia();
        String numero = dati.numeroPratica();
        dati.cittadino().accessi().stream()
                .filter(accesso -> accesso.numeroPratica().equals(numero))
                .forEach(accesso -> voci.aggiungi(
                        accesso.registratoIl(),
                        "Accesso allo Sportello Informativo",
                        accesso.operatore(),
                        "Bisogno espresso",
                        accesso.bisognoEspresso(),
                        "Richiesta",
                        di(accesso.tipoRichiesta()),
                        "Aderisce all'orientamento",
                        siNo(accesso.aderisceOrientamento()),
                        "Risposta fornita",
                        accesso.rispostaFornita()));
        dati.schedaUtente().ifPresent(scheda -> {
            voci.aggiungi(scheda.apertaIl(), "Presa in carico: aperta la scheda utente", scheda.operatore());
            voci.aggiungi(scheda.chiusaIl(), "Percorso chiuso", null, "Esito", di(scheda.esitoPercorso()));
        });
        for (var appuntamento : dati.appuntamenti()) {
            voci.aggiungi(
                    appuntamento.inizio().toInstant(),
                    "Appuntamento allo " + appuntamento.sportello().nome(),
                    appuntamento.operatore(),
                    "Quando",
                    giornoEOra(appuntamento.inizio()),
                    "Stato",
                    di(appuntamento.stato()),
                    "Obiettivi del colloquio",
                    appuntamento.obiettivi());
        }
        for (var colloquio : dati.orientamento().colloqui()) {
            voci.aggiungi(
                    colloquio.registratoIl(),
                    "Colloquio di assessment",
                    colloquio.operatore(),
                    "Presenza",
                    di(colloquio.presenza()),
                    "Titolo di studio",
                    di(colloquio.titoloStudio()),
                    "Condizione occupazionale",
                    di(colloquio.condizioneOccupazionale()),
                    "Mesi senza lavoro",
                    colloquio.mesiSenzaLavoro() == null
                            ? null
                            : colloquio.mesiSenzaLavoro().toString(),
                    "Storia professionale",
                    colloquio.storiaProfessionale(),
                    "Ha un curriculum",
                    siNo(colloquio.haCurriculum()),
                    "Competenze digitali",
                    di(colloquio.competenzeDigitali()),
                    "Fragilità sociale",
                    siNo(colloquio.fragilitaSociale()));
        }
        profili(dati, voci, Lettore.SPORTELLO);
        attivita(dati, voci, Lettore.SPORTELLO);
        proposte(dati, voci);
        dati.abbinamento().ifPresent(abbinamento -> {
            voci.aggiungi(
                    abbinamento.candidaturaAggiornataIl(),
                    "Profilo per l'abbinamento",
                    abbinamento.candidaturaAggiornataDa(),
                    "Professioni desiderate",
                    abbinamento.professioniDesiderate().stream()
                            .map(ProfessioneCp2021::denominazione)
                            .collect(Collectors.joining("; ")),
                    "Patente",
                    siNo(abbinamento.patente()),
                    "Comune della ricerca",
                    abbinamento.comune());
            for (var segnalazione : abbinamento.segnalazioni()) {
                voci.aggiungi(
                        segnalazione.data().atStartOfDay(Etichette.ROMA).toInstant(),
                        "Segnalazione a un'offerta di lavoro",
                        segnalazione.operatore(),
                        "Offerta",
                        "n. " + segnalazione.offertaId() + " " + segnalazione.titoloOfferta() + " ("
                                + segnalazione.datoreLavoro() + ")",
                        "Esito",
                        segnalazione.esito().etichetta(),
                        "Motivo",
                        segnalazione.motivo());
            }
        });
        dati.progetto().ifPresent(progetto -> {
            voci.aggiungi(
                    progetto.approvatoIl(),
                    "Progetto approvato",
                    progetto.approvatoDa(),
                    "Tipo di progetto",
                    di(progetto.tipoProgetto()));
            voci.aggiungi(
                    progetto.abbinamentoIl(),
                    "Esito dell'abbinamento",
                    progetto.abbinamentoDa(),
                    "Esito",
                    di(progetto.esitoAbbinamento()),
                    "Offerta",
                    progetto.offertaId() == null ? null : "n. " + progetto.offertaId(),
                    "Note",
                    progetto.noteAbbinamento());
            voci.aggiungi(
                    progetto.avviatoIl(),
                    "Avvio del progetto",
                    progetto.avviatoDa(),
                    "Tipo di progetto",
                    di(progetto.tipoProgetto()),
                    "Ente ospitante",
                    progetto.enteOspitante(),
                    "Data di avvio",
                    giorno(progetto.dataAvvio()));
            for (var monitoraggio : progetto.monitoraggi()) {
                voci.aggiungi(
                        monitoraggio.registratoIl(),
                        "Monitoraggio n. " + monitoraggio.numero(),
                        monitoraggio.operatore(),
                        "Stato del progetto",
                        di(monitoraggio.statoProgetto()),
                        "Note",
                        monitoraggio.note());
            }
            var relazione = progetto.rendicontazione();
            if (relazione != null) {
                voci.aggiungi(
                        relazione.registrataIl(),
                        "Relazione finale",
                        relazione.operatore(),
                        "Esito finale",
                        di(relazione.esitoFinale()),
                        "Relazione",
                        relazione.relazioneFinale());
            }
        });
        return voci;
    }

    /**
     * Profiling and shared goals. The Cabina di Regia reads the chosen path and the goals, not the suggested path and
     * its reason, which name the social fragility (ADR 0016): a detail left null is left out.
     */
    private static void profili(DatiFascicolo dati, Cronologia voci, Lettore lettore) {
        boolean sportello = lettore == Lettore.SPORTELLO;
        for (var profilo : dati.orientamento().profili()) {
            voci.aggiungi(
                    profilo.registratoIl(),
                    profilo.obiettivi() == null ? "Profilazione" : "Profilazione e obiettivi condivisi",
                    profilo.operatore(),
                    "Percorso suggerito",
                    sportello ? di(profilo.percorsoSuggerito()) : null,
                    "Motivazione del suggerimento",
                    sportello ? profilo.motivazioneSuggerimento() : null,
                    "Percorso scelto",
                    di(profilo.percorsoConfermato()),
                    "Motivo della scelta diversa",
                    sportello ? profilo.motivazioneScostamento() : null,
                    "Obiettivi concordati",
                    profilo.obiettivi(),
                    "Esito del primo livello",
                    di(profilo.esitoPrimoLivello()),
                    "Progetto già definito",
                    siNo(profilo.progettoDefinito()),
                    "Interventi di secondo livello",
                    profilo.interventiSecondoLivello());
        }
    }

    /** The Fase II journal; of it the Cabina di Regia reads the specialist orientation's outcome only. */
    private static void attivita(DatiFascicolo dati, Cronologia voci, Lettore lettore) {
        dati.specialistico().attivita().stream()
                .filter(attivita ->
                        lettore == Lettore.SPORTELLO || attivita.tipo().equals("ORIENTAMENTO_SPECIALISTICO"))
                .forEach(attivita -> voci.aggiungi(
                        attivita.registrataIl(), di(attivita.tipo()), attivita.operatore(), "Note", attivita.testo()));
    }

    private static void proposte(DatiFascicolo dati, Cronologia voci) {
        for (var versione : dati.proposte()) {
            voci.aggiungi(
                    versione.presentataIl(),
                    "Proposta progettuale, versione " + versione.versione(),
                    versione.presentataDa(),
                    "Tipo di progetto",
                    di(versione.tipoProgetto()),
                    "Richiede l'abbinamento con un'offerta",
                    siNo(versione.richiedeAbbinamento()),
                    "Proposta",
                    versione.testo(),
                    "Decisione attesa entro il",
                    giorno(versione.scadenza()),
                    "Solleciti ai responsabili",
                    versione.solleciti() == 0 ? null : Integer.toString(versione.solleciti()));
            voci.aggiungi(
                    versione.decisaIl(),
                    "Decisione della Cabina di Regia sulla versione " + versione.versione(),
                    versione.decisaDa(),
                    "Decisione",
                    di(versione.decisione()),
                    "Motivazione",
                    versione.motivazione());
        }
    }

    /** The documents that the case has reached and the reader may print, oldest first, each a link to its PDF. */
    static List<DocumentoVista> documenti(DatiFascicolo dati, Lettore lettore) {
        var documenti = new ArrayList<DocumentoVista>();
        for (var tipo : TipoDocumentoPdf.values()) {
            if (tipo.disponibile(dati) && tipo.perIl(lettore)) {
                documenti.add(new DocumentoVista(
                        tipo.codice(),
                        tipo.titolo(),
                        "/api/pratiche/" + dati.numeroPratica() + "/documenti/" + tipo.codice() + ".pdf"));
            }
        }
        return documenti;
    }
}
