package it.santarzenio.sil.fascicolo;

import static it.santarzenio.sil.accesso.CodiciFiscaliDiProva.nuovoCodiceFiscale;
import static org.assertj.core.api.Assertions.assertThat;

import it.santarzenio.sil.AppuntamentoIniziato;
import it.santarzenio.sil.agenda.AgendaService;
import it.santarzenio.sil.agenda.Sportello;
import it.santarzenio.sil.processo.Processi;
import it.santarzenio.sil.processo.Variabili;
import it.santarzenio.sil.processo.VariabiliSpecialistico;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A case worked through the engine by the demo users of each desk, as Tasklist would submit their forms, so that every
 * module holds data about it: access, appointment, assessment, profile and goals, then Fase II up to the Cabina di
 * Regia's decision, the project's start, a monitoring and the final report. Tasks are found by the case number, so
 * a task moved into a called process is still found.
 */
public final class PraticaDiProva {

    private static final Map<String, String> GRUPPI = Map.of(
            "informativo", "sportello-informativo",
            "specialistico", "sportello-specialistico",
            "cabina", "cabina-di-regia");

    private final ProcessEngine engine;
    private final AgendaService agenda;
    private String codiceFiscale;
    private ProcessInstance percorso;

    public PraticaDiProva(ProcessEngine engine, AgendaService agenda) {
        this(engine, agenda, null);
    }

    /** Another case of the citizen with this code. */
    public PraticaDiProva(ProcessEngine engine, AgendaService agenda, String codiceFiscale) {
        this.engine = engine;
        this.agenda = agenda;
        this.codiceFiscale = codiceFiscale;
    }

    public String codiceFiscale() {
        return codiceFiscale;
    }

    public String numeroPratica() {
        return percorso.getBusinessKey();
    }

    public ProcessInstance percorso() {
        return percorso;
    }

    /** Opens the case from the Accoglienza start form and waits at Task_ConcordaAppuntamento. */
    public PraticaDiProva accoglienza(String nome, String cognome, String bisogno) {
        return avvia(nome, cognome, bisogno, "PERCORSO");
    }

    /** A request answered at the desk: the case waits at Task_RispostaRichiesta. */
    public PraticaDiProva richiestaRapida(String nome, String cognome, String bisogno) {
        return avvia(nome, cognome, bisogno, "RISOLVIBILE");
    }

    private PraticaDiProva avvia(String nome, String cognome, String bisogno, String tipoRichiesta) {
        if (codiceFiscale == null) {
            // A new citizen: a code that agrees with the names typed, as the start form requires.
            codiceFiscale = nuovoCodiceFiscale(cognome, nome, LocalDate.of(1988, 4, 21), null);
        }
        var scheda = new HashMap<String, Object>();
        scheda.put(Variabili.CODICE_FISCALE, codiceFiscale);
        scheda.put(Variabili.NOME, nome);
        scheda.put(Variabili.COGNOME, cognome);
        scheda.put(Variabili.DATA_NASCITA, "1988-04-21");
        scheda.put(Variabili.TELEFONO, "+39 333 1234567");
        scheda.put(Variabili.EMAIL, "cittadino@example.org");
        scheda.put(Variabili.INFORMATIVA_PRIVACY, true);
        scheda.put(Variabili.BISOGNO_ESPRESSO, bisogno);
        scheda.put(Variabili.TIPO_RICHIESTA, tipoRichiesta);
        scheda.put(Variabili.ADERISCE_ORIENTAMENTO, true);
        var definizione = engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey(Processi.PERCORSO_CITTADINO)
                .latestVersion()
                .singleResult();
        percorso = come("informativo", () -> engine.getFormService().submitStartForm(definizione.getId(), scheda));
        return this;
    }

    /** Books the desk's first free slot and waits at Task_ColloquioAssessment. */
    public PraticaDiProva appuntamento(String obiettivi) {
        var inizio = agenda.slotLiberi(Sportello.INFORMATIVO, LocalDate.now(), 1)
                .get(0)
                .toLocalDateTime();
        completa(
                "Task_ConcordaAppuntamento",
                "informativo",
                Map.of(
                        Variabili.OBIETTIVI_PROSSIMO_COLLOQUIO,
                        obiettivi,
                        Variabili.DATA_APPUNTAMENTO,
                        inizio.toString()));
        return this;
    }

    /** The assessment, once the appointment's hour has come (presence is refused before it). */
    public PraticaDiProva colloquio() {
        AppuntamentoIniziato.per(
                new JdbcTemplate(
                        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource()),
                numeroPratica());
        completa(
                "Task_ColloquioAssessment",
                "informativo",
                Map.of(
                        Variabili.PRESENZA,
                        "PRESENTE",
                        Variabili.TITOLO_STUDIO,
                        "LICENZA_MEDIA",
                        Variabili.CONDIZIONE_OCCUPAZIONALE,
                        "DISOCCUPATO",
                        Variabili.MESI_SENZA_LAVORO,
                        14,
                        Variabili.STORIA_PROFESSIONALE,
                        "Commessa per dieci anni in un negozio di abbigliamento.",
                        Variabili.HA_CURRICULUM,
                        "true",
                        Variabili.COMPETENZE_DIGITALI,
                        "BASE",
                        Variabili.FRAGILITA_SOCIALE,
                        "false"));
        return this;
    }

    /** The goals agreed at Task_CondivisioneObiettivi; the case goes on to the specialist desk. */
    public PraticaDiProva obiettivi(String obiettivi) {
        var variabili = new HashMap<String, Object>();
        variabili.put(Variabili.PERCORSO_CONFERMATO, "RIQUALIFICAZIONE");
        variabili.put(Variabili.MOTIVAZIONE_SCOSTAMENTO, "Preferisce un corso prima di cercare lavoro.");
        variabili.put(Variabili.OBIETTIVI, obiettivi);
        variabili.put(Variabili.ESITO_PRIMO_LIVELLO, "INVIO_SPECIALISTICO");
        variabili.put(Variabili.PROGETTO_DEFINITO, false);
        variabili.put(Variabili.INTERVENTI_SECONDO_LIVELLO, null);
        completa("Task_CondivisioneObiettivi", "informativo", variabili);
        return this;
    }

    /** Fase II: sharing, specialist orientation and the proposal, waiting for the Cabina di Regia. */
    public PraticaDiProva proposta(String testo) {
        completa(
                "Task_CondivisioneCaso",
                "specialistico",
                Map.of(VariabiliSpecialistico.NOTE_CONDIVISIONE, "Caso e materiali condivisi con l'informativo."));
        completa(
                "Task_OrientamentoSpecialistico",
                "specialistico",
                Map.of(VariabiliSpecialistico.ESITO_ORIENTAMENTO, "Buona manualità, interesse per la logistica."));
        completa(
                "Task_ElaborazioneProposta",
                "specialistico",
                Map.of(
                        VariabiliSpecialistico.PROPOSTA_PROGETTUALE,
                        testo,
                        VariabiliSpecialistico.TIPO_PROGETTO,
                        "FORMAZIONE",
                        VariabiliSpecialistico.RICHIEDE_ABBINAMENTO,
                        "false"));
        return this;
    }

    public PraticaDiProva decisione(String decisione, String motivazione) {
        completa(
                "Task_ApprovazioneCabinaDiRegia",
                "cabina",
                Map.of(
                        VariabiliSpecialistico.DECISIONE_CABINA,
                        decisione,
                        VariabiliSpecialistico.MOTIVAZIONE_CABINA,
                        motivazione));
        return this;
    }

    /** Start, one monitoring that closes the project, and the final report. */
    public PraticaDiProva progettoConcluso(String relazione) {
        completa(
                "Task_AvvioProgetto",
                "specialistico",
                Map.of(
                        VariabiliSpecialistico.DATA_AVVIO,
                        LocalDate.now().toString(),
                        VariabiliSpecialistico.ENTE_OSPITANTE,
                        "Centro di formazione Adriatico"));
        completa(
                "Task_Monitoraggio",
                "specialistico",
                Map.of(
                        VariabiliSpecialistico.STATO_PROGETTO,
                        "CONCLUSO",
                        VariabiliSpecialistico.NOTE_MONITORAGGIO,
                        "Corso frequentato con regolarità."));
        completa(
                "Task_Rendicontazione",
                "specialistico",
                Map.of(
                        VariabiliSpecialistico.ESITO_FINALE,
                        "FORMAZIONE_CONCLUSA",
                        VariabiliSpecialistico.RELAZIONE_FINALE,
                        relazione));
        return this;
    }

    /** The id of the open task {@code chiave} of this case, in whichever of its process instances. */
    public String compito(String chiave) {
        var compito = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(numeroPratica())
                .taskDefinitionKey(chiave)
                .singleResult();
        assertThat(compito).as("open task " + chiave + " of " + numeroPratica()).isNotNull();
        return compito.getId();
    }

    public void eliminaSeInCorso() {
        if (percorso != null
                && engine.getRuntimeService()
                                .createProcessInstanceQuery()
                                .processInstanceId(percorso.getId())
                                .count()
                        > 0) {
            engine.getRuntimeService().deleteProcessInstance(percorso.getId(), "fine del test");
        }
    }

    private void completa(String chiave, String utente, Map<String, Object> variabili) {
        String id = compito(chiave);
        come(utente, () -> {
            engine.getFormService().submitTaskForm(id, variabili);
            return null;
        });
    }

    private <T> T come(String utente, java.util.function.Supplier<T> azione) {
        engine.getIdentityService().setAuthentication(utente, List.of(GRUPPI.get(utente)));
        try {
            return azione.get();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }
}
