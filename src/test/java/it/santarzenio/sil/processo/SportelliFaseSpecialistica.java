package it.santarzenio.sil.processo;

import static org.assertj.core.api.Assertions.assertThat;

import it.santarzenio.sil.processo.sicurezza.Gruppo;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * What the people of Fase II do in Tasklist, through the engine API: each one submits the form of a task of their
 * group, authenticated as a demo user, so that the engine's authorizations and the recorded operator are real.
 */
public final class SportelliFaseSpecialistica {

    record Utente(String id, Gruppo gruppo) {}

    static final Utente SPECIALISTICO = new Utente("specialistico", Gruppo.SPORTELLO_SPECIALISTICO);
    static final Utente CABINA = new Utente("cabina", Gruppo.CABINA_DI_REGIA);
    static final Utente PARTNER = new Utente("partner", Gruppo.SOCIETA_PARTNER);

    private static final AtomicInteger PRATICHE = new AtomicInteger();

    private final ProcessEngine engine;

    public SportelliFaseSpecialistica(ProcessEngine engine) {
        this.engine = engine;
    }

    /** Starts Fase II as the call activity of PercorsoCittadinoProcess does, with a case number of its own. */
    public ProcessInstance inviaAlloSpecialistico(boolean progettoDefinito) {
        String numeroPratica = "SIL-2099-%06d".formatted(PRATICHE.incrementAndGet());
        var variabili = new HashMap<String, Object>();
        variabili.put(Variabili.NUMERO_PRATICA, numeroPratica);
        variabili.put(Variabili.CITTADINO_ID, 1L);
        variabili.put(Variabili.NOME, "Lucia");
        variabili.put(Variabili.COGNOME, "Esposito");
        variabili.put(Variabili.CODICE_FISCALE, "SPSLCU88D61F839X");
        variabili.put(Variabili.PERCORSO_CONFERMATO, "RIQUALIFICAZIONE");
        variabili.put(Variabili.OBIETTIVI, "Impiego nella logistica entro sei mesi.");
        variabili.put(Variabili.PROGETTO_DEFINITO, progettoDefinito);
        variabili.put(
                Variabili.INTERVENTI_SECONDO_LIVELLO,
                progettoDefinito ? "Tirocinio in magazzino con corso per carrellisti." : null);
        return engine.getRuntimeService()
                .startProcessInstanceByKey(Processi.ORIENTAMENTO_SPECIALISTICO, numeroPratica, variabili);
    }

    /** The Fase II instance called by a case of PercorsoCittadinoProcess. */
    ProcessInstance faseSpecialisticaDi(ProcessInstance percorso) {
        var chiamato = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .superProcessInstanceId(percorso.getId())
                .singleResult();
        assertThat(chiamato)
                .as("Fase II called by " + percorso.getBusinessKey())
                .isNotNull();
        return chiamato;
    }

    /** The matching instance called by Fase II: the partner's task lives there, away from the case's variables. */
    public ProcessInstance abbinamentoDi(ProcessInstance fase) {
        var chiamato = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .superProcessInstanceId(fase.getId())
                .processDefinitionKey(Processi.ABBINAMENTO_DOMANDA_OFFERTA)
                .singleResult();
        assertThat(chiamato).as("matching called by " + fase.getBusinessKey()).isNotNull();
        return chiamato;
    }

    /** The committee's instance called by Fase II for the pending proposal version. */
    public ProcessInstance cabinaDi(ProcessInstance fase) {
        var chiamato = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .superProcessInstanceId(fase.getId())
                .processDefinitionKey(Processi.APPROVAZIONE_CABINA_DI_REGIA)
                .singleResult();
        assertThat(chiamato)
                .as("Cabina di Regia called by " + fase.getBusinessKey())
                .isNotNull();
        return chiamato;
    }

    void condividiProgetto(ProcessInstance fase) {
        completa(
                fase,
                "Task_CondivisioneProgetto",
                SPECIALISTICO,
                Map.of(VariabiliSpecialistico.NOTE_CONDIVISIONE, "Progetto e cartella sociale condivisi."));
    }

    void orientamentoSecondoLivello(ProcessInstance fase, String tipo, boolean abbinamento) {
        completa(
                fase,
                "Task_OrientamentoSecondoLivello",
                SPECIALISTICO,
                Map.of(
                        VariabiliSpecialistico.TIPO_PROGETTO,
                        tipo,
                        VariabiliSpecialistico.RICHIEDE_ABBINAMENTO,
                        String.valueOf(abbinamento)));
    }

    public void condividiCaso(ProcessInstance fase) {
        completa(
                fase,
                "Task_CondivisioneCaso",
                SPECIALISTICO,
                Map.of(VariabiliSpecialistico.NOTE_CONDIVISIONE, "Caso e materiali condivisi con l'informativo."));
    }

    public void orientamentoSpecialistico(ProcessInstance fase) {
        completa(
                fase,
                "Task_OrientamentoSpecialistico",
                SPECIALISTICO,
                Map.of(
                        VariabiliSpecialistico.ESITO_ORIENTAMENTO,
                        "Buona manualità, patente B, interesse per la logistica."));
    }

    public void elaboraProposta(ProcessInstance fase, String testo, String tipo, boolean abbinamento) {
        completa(
                fase,
                "Task_ElaborazioneProposta",
                SPECIALISTICO,
                Map.of(
                        VariabiliSpecialistico.PROPOSTA_PROGETTUALE,
                        testo,
                        VariabiliSpecialistico.TIPO_PROGETTO,
                        tipo,
                        VariabiliSpecialistico.RICHIEDE_ABBINAMENTO,
                        String.valueOf(abbinamento)));
    }

    public void decidi(ProcessInstance fase, String decisione, String motivazione) {
        var variabili = new HashMap<String, Object>();
        variabili.put(VariabiliSpecialistico.DECISIONE_CABINA, decisione);
        variabili.put(VariabiliSpecialistico.MOTIVAZIONE_CABINA, motivazione);
        completa(cabinaDi(fase), "Task_ApprovazioneCabinaDiRegia", CABINA, variabili);
    }

    void abbina(ProcessInstance fase, String esito, Long offerta, String note) {
        var variabili = new HashMap<String, Object>();
        variabili.put(VariabiliSpecialistico.ESITO_ABBINAMENTO, esito);
        variabili.put(VariabiliSpecialistico.OFFERTA_ID, offerta);
        variabili.put(VariabiliSpecialistico.NOTE_ABBINAMENTO, note);
        completa(abbinamentoDi(fase), "Task_AbbinamentoDomandaOfferta", PARTNER, variabili);
    }

    /** The partner records one referral in Task_AbbinamentoDomandaOfferta, which comes back to it. */
    void segnala(ProcessInstance fase, Long offerta, LocalDate data, String esito, String motivo) {
        var variabili = new HashMap<String, Object>();
        variabili.put(VariabiliSpecialistico.AZIONE_ABBINAMENTO, VariabiliSpecialistico.AZIONE_SEGNALAZIONE);
        variabili.put(VariabiliSpecialistico.OFFERTA_SEGNALATA, offerta == null ? null : String.valueOf(offerta));
        variabili.put(VariabiliSpecialistico.DATA_SEGNALAZIONE, data.toString());
        variabili.put(VariabiliSpecialistico.ESITO_SEGNALAZIONE, esito);
        variabili.put(VariabiliSpecialistico.MOTIVO_SEGNALAZIONE, motivo);
        completa(abbinamentoDi(fase), "Task_AbbinamentoDomandaOfferta", PARTNER, variabili);
    }

    void avvia(ProcessInstance fase, LocalDate dataAvvio) {
        completa(
                fase,
                "Task_AvvioProgetto",
                SPECIALISTICO,
                Map.of(
                        VariabiliSpecialistico.DATA_AVVIO,
                        dataAvvio.toString(),
                        VariabiliSpecialistico.ENTE_OSPITANTE,
                        "Logistica Adriatica S.r.l."));
    }

    void monitora(ProcessInstance fase, String stato) {
        completa(
                fase,
                "Task_Monitoraggio",
                SPECIALISTICO,
                Map.of(
                        VariabiliSpecialistico.STATO_PROGETTO,
                        stato,
                        VariabiliSpecialistico.NOTE_MONITORAGGIO,
                        "Colloquio con il tutor aziendale: " + stato));
    }

    void rendiconta(ProcessInstance fase, String esitoFinale) {
        completa(
                fase,
                "Task_Rendicontazione",
                SPECIALISTICO,
                Map.of(
                        VariabiliSpecialistico.ESITO_FINALE,
                        esitoFinale,
                        VariabiliSpecialistico.RELAZIONE_FINALE,
                        "Tirocinio svolto con regolarità; assunzione a tempo determinato."));
    }

    /** Submits the form of the one open task {@code compito} of the instance, as {@code utente}. */
    void completa(ProcessInstance istanza, String compito, Utente utente, Map<String, Object> variabili) {
        var task = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(istanza.getId())
                .taskDefinitionKey(compito)
                .singleResult();
        assertThat(task).as("open task " + compito).isNotNull();
        engine.getIdentityService()
                .setAuthentication(utente.id(), List.of(utente.gruppo().id()));
        try {
            engine.getFormService().submitTaskForm(task.getId(), variabili);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }
}
