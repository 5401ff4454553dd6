package it.santarzenio.sil.processo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import it.santarzenio.sil.ApplicazioneSuH2;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Data that cannot be wrong in Fase II: what the forms show again and what the domain refuses. */
@ApplicazioneSuH2
class DatiCoerentiTest {

    private final ProcessEngine engine;
    private final SportelliFaseSpecialistica sportelli;

    DatiCoerentiTest(ProcessEngine engine) {
        this.engine = engine;
        this.sportelli = new SportelliFaseSpecialistica(engine);
    }

    @BeforeEach
    void collegaAssert() {
        AbstractAssertions.init(engine);
    }

    @Test
    void propostaDaRivedere_laSceltaDellAbbinamentoRestaNelModulo() {
        var fase = sportelli.inviaAlloSpecialistico(false);
        sportelli.condividiCaso(fase);
        sportelli.orientamentoSpecialistico(fase);
        sportelli.elaboraProposta(fase, "Tirocinio in magazzino di sei mesi.", "TIROCINIO", true);
        sportelli.decidi(fase, "DA_RIVEDERE", "Indicare il tutor aziendale.");

        assertThat(fase).isWaitingAt("Task_ElaborazioneProposta");
        var modulo = engine.getFormService().getTaskFormVariables(task(fase).getId());
        // The radio's options are the texts "true" and "false": the earlier choice is one of them, selected.
        assertThat(modulo.getValue(VariabiliSpecialistico.RICHIEDE_ABBINAMENTO, Object.class))
                .isEqualTo("true");
        assertThat(modulo.getValue(VariabiliSpecialistico.TIPO_PROGETTO, Object.class))
                .isEqualTo("TIROCINIO");

        sportelli.elaboraProposta(fase, "Tirocinio in magazzino, tutor il capo reparto.", "TIROCINIO", true);
        assertThat(engine.getRuntimeService().getVariable(fase.getId(), VariabiliSpecialistico.RICHIEDE_ABBINAMENTO))
                .as("a JSON boolean again once the revised proposal is registered")
                .isEqualTo(true);
    }

    @Test
    void monitoraggioPrimaDellAvvioDelProgetto_rifiutatoConLaData() {
        var fase = sportelli.inviaAlloSpecialistico(true);
        sportelli.condividiProgetto(fase);
        sportelli.orientamentoSecondoLivello(fase, "TIROCINIO", false);
        var avvio = LocalDate.now(ZoneId.of("Europe/Rome")).plusDays(10);
        sportelli.avvia(fase, avvio);
        assertThat(fase).isWaitingAt("Task_Monitoraggio");

        assertThatThrownBy(() -> sportelli.monitora(fase, "IN_CORSO"))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining(
                        "inizia il " + avvio.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                .hasMessageContaining("il monitoraggio si registra da quel giorno in poi");
        assertThat(fase).isWaitingAt("Task_Monitoraggio");
    }
}
