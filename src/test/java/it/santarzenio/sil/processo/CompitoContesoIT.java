package it.santarzenio.sil.processo;

import static it.santarzenio.sil.accesso.CodiciFiscaliDiProva.nuovoCodiceFiscale;
import static it.santarzenio.sil.processo.PercorsoCittadinoProcessTest.schedaAccesso;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.santarzenio.sil.ApplicazioneSuPostgres;
import it.santarzenio.sil.ClientHttp;
import it.santarzenio.sil.agenda.AgendaService;
import it.santarzenio.sil.agenda.Sportello;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two operators submitting the same task at the same moment, on PostgreSQL, through the REST API and through
 * Tasklist's own door: one wins, the other reads 409 with the Italian message (never a 500), and nothing is written
 * twice: one appointment, one completed task, the case moved on once.
 */
@ApplicazioneSuPostgres
class CompitoContesoIT {

    private static final int PROVE = 6;
    private static final String GIA_COMPLETATO = "Il compito è già stato completato da un altro operatore";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProcessEngine engine;
    private final JdbcTemplate jdbc;
    private final AgendaService agenda;
    private final int porta;
    private final ExecutorService operatori = Executors.newFixedThreadPool(2);

    CompitoContesoIT(ProcessEngine engine, JdbcTemplate jdbc, AgendaService agenda, @LocalServerPort int porta) {
        this.engine = engine;
        this.jdbc = jdbc;
        this.agenda = agenda;
        this.porta = porta;
    }

    /** The engine the webapps' door used before a test moved it to this context's, given back after. */
    private ProcessEngine motoreDeiWebappPrima;

    @AfterEach
    void fermaOperatori() {
        operatori.shutdownNow();
        if (motoreDeiWebappPrima != null) {
            var prima = motoreDeiWebappPrima;
            motoreDeiWebappPrima = null;
            var contenitore = org.camunda.bpm.container.RuntimeContainerDelegate.INSTANCE.get();
            contenitore.unregisterProcessEngine(engine);
            contenitore.registerProcessEngine(prima);
        }
    }

    /**
     * Tasklist's door finds its engine in the runtime container's registry, where the first cached context of this
     * test JVM left its own "default" (MotorePredefinitoListener moves only the one /engine-rest uses): point it at
     * this context's engine for the test. The container's stop of an engine registered this way does nothing to it.
     */
    private void motoreDeiWebapp(ProcessEngine motore) {
        var contenitore = org.camunda.bpm.container.RuntimeContainerDelegate.INSTANCE.get();
        var attuale = contenitore.getProcessEngineService().getProcessEngine(motore.getName());
        if (attuale == motore) {
            return;
        }
        if (motoreDeiWebappPrima == null) {
            motoreDeiWebappPrima = attuale;
        }
        if (attuale != null) {
            contenitore.unregisterProcessEngine(attuale);
        }
        contenitore.registerProcessEngine(motore);
    }

    @Test
    void dueInviiDelloStessoCompitoSullaRestApi_unoVinceLAltro409() throws Exception {
        provaConcorrente(compito -> {
            var client = new ClientHttp(porta);
            return () -> client.postJson(
                    "/engine-rest/task/" + compito + "/submit-form", "informativo", "demo", moduloAppuntamento());
        });
    }

    @Test
    void dueInviiDelloStessoCompitoDaTasklist_unoVinceLAltro409() throws Exception {
        motoreDeiWebapp(engine);
        provaConcorrente(compito -> {
            var sessione = new ClientHttp(porta);
            assertThat(sessione.loginWebapp("tasklist", "informativo", "demo").statusCode())
                    .isEqualTo(200);
            // The login gives the session a new CSRF token; Tasklist's next GET reads it.
            assertThat(sessione.get("/camunda/api/engine/engine/default/task/" + compito)
                            .statusCode())
                    .isEqualTo(200);
            return () -> sessione.postJsonWebapp(
                    "/camunda/api/engine/engine/default/task/" + compito + "/submit-form", moduloAppuntamento());
        });
    }

    @Test
    void compitoGiaCompletato_409ancheInviandoloDopo() throws Exception {
        var percorso = avvia();
        String compito = compitoAperto(percorso);
        var client = new ClientHttp(porta);
        String modulo = moduloAppuntamento(percorso);
        assertThat(client.postJson("/engine-rest/task/" + compito + "/submit-form", "informativo", "demo", modulo)
                        .statusCode())
                .isEqualTo(204);

        var tardiva = client.postJson("/engine-rest/task/" + compito + "/complete", "informativo", "demo", modulo);

        assertThat(tardiva.statusCode()).isEqualTo(409);
        assertThat(messaggio(tardiva)).startsWith(GIA_COMPLETATO);
    }

    private void provaConcorrente(Function<String, InvioConcorrente> operatore) throws Exception {
        var esiti = new ArrayList<Integer>();
        for (int prova = 0; prova < PROVE; prova++) {
            var percorso = avvia();
            String compito = compitoAperto(percorso);
            slot = agenda.slotLiberi(Sportello.INFORMATIVO, LocalDate.now(), 1)
                    .get(0)
                    .toLocalDateTime()
                    .toString();
            var primo = operatore.apply(compito);
            var secondo = operatore.apply(compito);
            var via = new CyclicBarrier(2);
            List<Future<HttpResponse<String>>> risposte = List.of(
                    operatori.submit(() -> {
                        via.await(30, TimeUnit.SECONDS);
                        return primo.invia();
                    }),
                    operatori.submit(() -> {
                        via.await(30, TimeUnit.SECONDS);
                        return secondo.invia();
                    }));
            var stati = new ArrayList<Integer>();
            for (var risposta : risposte) {
                var fatta = risposta.get(60, TimeUnit.SECONDS);
                stati.add(fatta.statusCode());
                if (fatta.statusCode() != 204) {
                    assertThat(fatta.statusCode()).as(fatta.body()).isEqualTo(409);
                    assertThat(messaggio(fatta)).startsWith(GIA_COMPLETATO);
                    assertThat(fatta.body()).doesNotContain("Exception", "persistence", "task is null");
                }
            }
            assertThat(stati).as("one submission wins").containsOnlyOnce(204);
            esiti.addAll(stati);
            String pratica = percorso.getBusinessKey();
            assertThat(righe("select count(*) from appuntamento where numero_pratica = ?", pratica))
                    .isOne();
            assertThat(engine.getHistoryService()
                            .createHistoricTaskInstanceQuery()
                            .processInstanceId(percorso.getId())
                            .taskDefinitionKey("Task_ConcordaAppuntamento")
                            .count())
                    .isOne();
            assertThat(engine.getTaskService()
                            .createTaskQuery()
                            .processInstanceId(percorso.getId())
                            .taskDefinitionKey("Task_ColloquioAssessment")
                            .count())
                    .as("the case went on once")
                    .isOne();
        }
        System.out.println("Compito conteso, esiti delle " + PROVE + " prove: " + esiti);
    }

    private String slot;

    private String moduloAppuntamento() {
        return modulo(slot);
    }

    private String moduloAppuntamento(ProcessInstance percorso) {
        return modulo(agenda.slotLiberi(Sportello.INFORMATIVO, LocalDate.now(), 1)
                .get(0)
                .toLocalDateTime()
                .toString());
    }

    private static String modulo(String slot) {
        var variabili = new HashMap<String, Object>();
        variabili.put(Variabili.OBIETTIVI_PROSSIMO_COLLOQUIO, Map.of("value", "Bilancio delle competenze"));
        variabili.put(Variabili.DATA_APPUNTAMENTO, Map.of("value", slot));
        try {
            return JSON.writeValueAsString(Map.of("variables", variabili));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private ProcessInstance avvia() {
        return OperatoreDiSportello.informativo(engine).avvia(schedaAccesso(nuovoCodiceFiscale(), "PERCORSO", true));
    }

    private String compitoAperto(ProcessInstance percorso) {
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(percorso.getId())
                .singleResult()
                .getId();
    }

    private int righe(String sql, Object parametro) {
        return jdbc.queryForObject(sql, Integer.class, parametro);
    }

    private static String messaggio(HttpResponse<String> risposta) throws Exception {
        return JSON.readTree(risposta.body().getBytes(StandardCharsets.UTF_8))
                .path("message")
                .asText();
    }

    @FunctionalInterface
    interface InvioConcorrente {
        HttpResponse<String> invia();
    }
}
