package it.santarzenio.sil.processo;

import static it.santarzenio.sil.accesso.CodiciFiscaliDiProva.nuovoCodiceFiscale;
import static it.santarzenio.sil.processo.PercorsoCittadinoProcessTest.schedaAccesso;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import it.santarzenio.sil.ApplicazioneSuH2;
import it.santarzenio.sil.abbinamento.SollecitiAbbinamento;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** No endless wait: the partner's matching is due and escalated; every user task has a due date Tasklist sorts on. */
@ApplicazioneSuH2
class ScadenzeTest {

    private static final ZoneId ROMA = ZoneId.of("Europe/Rome");

    private final ProcessEngine engine;
    private final SollecitiAbbinamento solleciti;
    private final SportelliFaseSpecialistica sportelli;

    ScadenzeTest(ProcessEngine engine, SollecitiAbbinamento solleciti) {
        this.engine = engine;
        this.solleciti = solleciti;
        this.sportelli = new SportelliFaseSpecialistica(engine);
    }

    @BeforeEach
    void collegaAssert() {
        AbstractAssertions.init(engine);
    }

    @Test
    void abbinamentoScaduto_sportelloSpecialisticoAvvisatoUnaVoltaECompitoAncoraAperto() {
        var richiestoIl = Instant.now();
        var fase = sportelli.inviaAlloSpecialistico(true);
        sportelli.condividiProgetto(fase);
        sportelli.orientamentoSecondoLivello(fase, "LAVORO", true);
        var abbinamento = sportelli.abbinamentoDi(fase);

        var compito = task(abbinamento);
        assertThat(compito.getDueDate())
                .as("due P30D after it was asked for")
                .isCloseTo(Date.from(richiestoIl.atZone(ROMA).plusDays(30).toInstant()), 60_000);
        var scadenza = job("BoundaryEvent_AbbinamentoScaduto", abbinamento);
        assertThat(scadenza.getDuedate()).isEqualTo(compito.getDueDate());
        execute(scadenza);

        assertThat(abbinamento)
                .hasPassed("Task_SollecitaAbbinamento", "EndEvent_SollecitoAbbinamentoInviato")
                .isWaitingAt("Task_AbbinamentoDomandaOfferta");
        assertThat(solleciti.solleciti(fase.getBusinessKey())).isOne();
        // The same deadline is never notified twice, even if its timer fires again after a referral.
        assertThat(solleciti.sollecita(
                        fase.getBusinessKey(), compito.getDueDate().toInstant(), java.util.List.of()))
                .isFalse();
        assertThat(solleciti.solleciti(fase.getBusinessKey())).isOne();

        sportelli.abbina(fase, "NESSUNA_OFFERTA_IDONEA", null, "Nessuna offerta in zona.");
        assertThat(fase).isWaitingAt("Task_AvvioProgetto");
    }

    @Test
    void compitoSenzaScadenzaNelModello_scadeDopoQuindiciGiorni() {
        var creatoIl = Instant.now();
        var percorso =
                OperatoreDiSportello.informativo(engine).avvia(schedaAccesso(nuovoCodiceFiscale(), "PERCORSO", true));

        assertThat(percorso).isWaitingAt("Task_ConcordaAppuntamento");
        assertThat(task(percorso).getDueDate())
                .isCloseTo(Date.from(creatoIl.atZone(ROMA).plusDays(15).toInstant()), 60_000);
    }

    @Test
    void nessunCompitoApertoSenzaScadenza() {
        sportelli.inviaAlloSpecialistico(false);
        OperatoreDiSportello.informativo(engine).avvia(schedaAccesso(nuovoCodiceFiscale(), "RISOLVIBILE", null));

        assertThat(engine.getTaskService().createTaskQuery().count()).isPositive();
        assertThat(engine.getTaskService().createTaskQuery().withoutDueDate().list())
                .extracting(compito -> compito.getTaskDefinitionKey())
                .isEmpty();
    }

    /**
     * Every user task of every model under processes/, read from the files (a new model or task needs no edit here),
     * has a due date when it is created, even where the model's own due date yields nothing: each task is created on
     * its own (started before it), with the variables its due date expression reads set to null, once with the custom
     * listeners and once skipping them, as an administrator's instance modification or restart may.
     */
    @Test
    void ogniCompitoDiOgniModello_haUnaScadenzaAncheSeIlModelloNonNeDa() throws IOException {
        String numeroPratica = OperatoreDiSportello.informativo(engine)
                .avvia(schedaAccesso(nuovoCodiceFiscale(), "PERCORSO", true))
                .getBusinessKey();
        var esecuzione = engine.getRuntimeService();
        var senzaScadenza = new ArrayList<String>();
        var creati = new ArrayList<String>();
        try (Stream<Path> file = Files.list(Path.of("processes"))) {
            for (Path bpmn :
                    file.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList()) {
                var modello = Bpmn.readModelFromFile(bpmn.toFile());
                String processo = modello.getModelElementsByType(Process.class)
                        .iterator()
                        .next()
                        .getId();
                for (UserTask compito : modello.getModelElementsByType(UserTask.class)) {
                    var variabili = new HashMap<String, Object>(AVVIO.getOrDefault(processo, Map.of()));
                    variabili.put(Variabili.NUMERO_PRATICA, numeroPratica);
                    variabiliDi(compito.getCamundaDueDate()).forEach(nome -> variabili.put(nome, null));
                    // A timer on the task needs its date, even where it is the due date's variable too.
                    modello.getModelElementsByType(BoundaryEvent.class).stream()
                            .filter(evento -> evento.getAttachedTo() == compito)
                            .flatMap(evento -> evento.getEventDefinitions().stream())
                            .filter(TimerEventDefinition.class::isInstance)
                            .map(timer -> ((TimerEventDefinition) timer).getTimeDate())
                            .filter(data -> data != null)
                            .flatMap(data -> variabiliDi(data.getTextContent()).stream())
                            .forEach(nome ->
                                    variabili.put(nome, Date.from(Instant.now().plus(Duration.ofDays(30)))));
                    // Also as an administrator's modification or restart that skips the custom listeners does.
                    for (boolean senzaListener : new boolean[] {false, true}) {
                        var istanza = esecuzione
                                .createProcessInstanceByKey(processo)
                                .businessKey(numeroPratica)
                                .setVariables(variabili)
                                .startBeforeActivity(compito.getId())
                                .execute(senzaListener, senzaListener);
                        var creato = engine.getTaskService()
                                .createTaskQuery()
                                .processInstanceId(istanza.getId())
                                .taskDefinitionKey(compito.getId())
                                .singleResult();
                        String quale = processo + "/" + compito.getId() + (senzaListener ? " (listeners skipped)" : "");
                        creati.add(quale);
                        if (creato == null || creato.getDueDate() == null) {
                            senzaScadenza.add(quale);
                        }
                        esecuzione.deleteProcessInstance(istanza.getId(), "prova delle scadenze", true, true);
                    }
                }
            }
        }

        assertThat(creati).as("the user tasks of the models, twice").hasSizeGreaterThanOrEqualTo(32);
        assertThat(senzaScadenza).as("tasks created without a due date").isEmpty();
    }

    /** The variable a due date or timer expression reads ("${scadenzaVerifica}"). */
    private static final Pattern VARIABILE = Pattern.compile("\\$\\{\\s*([a-zA-Z_]\\w*)\\s*}");

    private static List<String> variabiliDi(String espressione) {
        return espressione == null
                ? List.of()
                : VARIABILE
                        .matcher(espressione)
                        .results()
                        .map(nome -> nome.group(1))
                        .toList();
    }

    /**
     * What a process is started with, where the scope of a task reads it: VerificaEsitiProcess's round, the Cabina's
     * reminder cycle (a boundary timer of its task).
     */
    private static final Map<String, Map<String, Object>> AVVIO = Map.of(
            Processi.APPROVAZIONE_CABINA_DI_REGIA,
            Map.of(VariabiliSpecialistico.CICLO_SOLLECITI, "R/2099-01-01T10:00:00+01:00/P15D"),
            Processi.VERIFICA_ESITI,
            Map.of(
                    Variabili.INTERVALLI_VERIFICA,
                    "P6M",
                    Variabili.NUMERO_VERIFICHE,
                    1,
                    Variabili.CHIUSO_IL,
                    new Date()));
}
