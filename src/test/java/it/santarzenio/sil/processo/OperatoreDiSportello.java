package it.santarzenio.sil.processo;

import it.santarzenio.sil.AppuntamentoIniziato;
import it.santarzenio.sil.accesso.CodiciFiscaliDiProva;
import it.santarzenio.sil.agenda.AgendaService;
import it.santarzenio.sil.agenda.Sportello;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What an operator does through the engine's API, authenticated as a demo user of a group, as Tasklist does: start
 * a case from its start form, submit a task's form, book the appointment.
 */
record OperatoreDiSportello(ProcessEngine engine, String utente, String gruppo) {

    static OperatoreDiSportello informativo(ProcessEngine engine) {
        return new OperatoreDiSportello(engine, "informativo", "sportello-informativo");
    }

    ProcessInstance avvia(Map<String, Object> scheda) {
        var definizione = engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey(Processi.PERCORSO_CITTADINO)
                .latestVersion()
                .singleResult();
        return come(() -> engine.getFormService().submitStartForm(definizione.getId(), scheda));
    }

    /** Submits the form of the case's only open task. */
    void completa(ProcessInstance percorso, Map<String, Object> variabili) {
        var compito = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(percorso.getId())
                .singleResult();
        come(() -> {
            engine.getFormService().submitTaskForm(compito.getId(), variabili);
            return null;
        });
    }

    /** Books the desk's first free slot for the case (Task_ConcordaAppuntamento); the slot's start. */
    LocalDateTime concordaAppuntamento(ProcessInstance percorso, AgendaService agenda) {
        // The first free slot of the desk: each booking takes one, so no two tests share a slot.
        var inizio = agenda.slotLiberi(Sportello.INFORMATIVO, LocalDate.now(), 1)
                .get(0)
                .toLocalDateTime();
        completa(
                percorso,
                Map.of(
                        Variabili.OBIETTIVI_PROSSIMO_COLLOQUIO,
                        "Ricostruire la storia professionale e verificare gli strumenti di ricerca",
                        Variabili.DATA_APPUNTAMENTO,
                        inizio.toString()));
        return inizio;
    }

    /** A new case through Fase I to the specialist desk: booked, the appointment begun, assessed, sent on. */
    ProcessInstance inviatoAlloSpecialistico(AgendaService agenda, JdbcTemplate jdbc, boolean progettoDefinito) {
        var percorso = avvia(PercorsoCittadinoProcessTest.schedaAccesso(
                CodiciFiscaliDiProva.nuovoCodiceFiscale(), "PERCORSO", true));
        concordaAppuntamento(percorso, agenda);
        AppuntamentoIniziato.per(jdbc, percorso.getBusinessKey());
        completa(percorso, PercorsoCittadinoProcessTest.assessment("LICENZA_MEDIA", 14, "BASE", false));
        completa(
                percorso,
                PercorsoCittadinoProcessTest.obiettivi(
                        "RIQUALIFICAZIONE",
                        null,
                        "INVIO_SPECIALISTICO",
                        progettoDefinito,
                        progettoDefinito ? "Tirocinio in magazzino." : null));
        BpmnAwareTests.assertThat(percorso).isWaitingAt("Task_FaseSpecialistica");
        return percorso;
    }

    <T> T come(Supplier<T> azione) {
        engine.getIdentityService().setAuthentication(utente, List.of(gruppo));
        try {
            return azione.get();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }
}
