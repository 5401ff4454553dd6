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
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
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
}
