package it.santarzenio.sil.processo;

import static it.santarzenio.sil.accesso.CodiciFiscaliDiProva.nuovoCodiceFiscale;
import static it.santarzenio.sil.processo.PercorsoCittadinoProcessTest.assessment;
import static it.santarzenio.sil.processo.PercorsoCittadinoProcessTest.obiettivi;
import static it.santarzenio.sil.processo.PercorsoCittadinoProcessTest.schedaAccesso;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import it.santarzenio.sil.ApplicazioneSuH2;
import it.santarzenio.sil.AppuntamentoIniziato;
import it.santarzenio.sil.agenda.AgendaService;
import it.santarzenio.sil.agenda.Sportello;
import it.santarzenio.sil.privacy.PrivacyService;
import it.santarzenio.sil.verifica.CondizioneVerifica;
import it.santarzenio.sil.verifica.VerificaEsitiService;
import it.santarzenio.sil.verifica.VerificaRegistrata;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * VerificaEsitiProcess (processes/verifica-esiti.bpmn): started by a concluded case, one Task_VerificaEsito per
 * interval of sil.verifica-esiti.intervalli (P6M,P12M), each driven by its timer and due a month after it appears.
 */
@ApplicazioneSuH2
class VerificaEsitiProcessTest {

    private static final ZoneId ROMA = ZoneId.of("Europe/Rome");

    private final ProcessEngine engine;
    private final JdbcTemplate jdbc;
    private final AgendaService agenda;
    private final VerificaEsitiService verifiche;
    private final PrivacyService privacy;

    VerificaEsitiProcessTest(
            ProcessEngine engine,
            JdbcTemplate jdbc,
            AgendaService agenda,
            VerificaEsitiService verifiche,
            PrivacyService privacy) {
        this.engine = engine;
        this.jdbc = jdbc;
        this.agenda = agenda;
        this.verifiche = verifiche;
        this.privacy = privacy;
    }

    @BeforeEach
    void collegaAssert() {
        AbstractAssertions.init(engine);
    }

    @Test
    void orientamentoConcluso_verificheA6Ea12MesiGuidateDaiTimer() {
        var chiusoIl = Instant.now();
        var percorso = orientamentoConcluso(nuovoCodiceFiscale());
        var verifica = verificaDi(percorso);
        assertThat(verifica).hasBusinessKey(percorso.getBusinessKey()).isWaitingAt("Timer_MomentoVerifica");

        var seiMesi = job("Timer_MomentoVerifica", verifica);
        assertThat(seiMesi.getDuedate()).isCloseTo(dopo(chiusoIl, Period.ofMonths(6)), 60_000);
        execute(seiMesi);
        assertThat(verifica).isWaitingAt("Task_VerificaEsito");
        assertThat(task(verifica)).hasCandidateGroup("sportello-informativo");
        assertThat(engine.getTaskService().getVariableLocal(task(verifica).getId(), Variabili.CONTATTI_CITTADINO))
                .as("whom to call")
                .isEqualTo("Lucia Esposito, telefono +39 333 1234567, e-mail lucia.esposito@example.org");
        assertThat(task(verifica).getDueDate())
                .as("due one month after it appears")
                .isEqualTo(Date.from(seiMesi.getDuedate()
                        .toInstant()
                        .atZone(ROMA)
                        .plusMonths(1)
                        .toInstant()));

        assertThatThrownBy(() -> completa(verifica, Map.of(Variabili.CONDIZIONE_VERIFICA, "IN_VACANZA")))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("«IN_VACANZA» non è ammesso");
        completa(
                verifica,
                Map.of(
                        Variabili.CONDIZIONE_VERIFICA,
                        "OCCUPATO",
                        Variabili.NOTE_VERIFICA,
                        "Magazziniere, contratto a termine."));

        assertThat(verifica).isWaitingAt("Timer_MomentoVerifica");
        var dodiciMesi = job("Timer_MomentoVerifica", verifica);
        assertThat(dodiciMesi.getDuedate()).isCloseTo(dopo(chiusoIl, Period.ofMonths(12)), 60_000);
        execute(dodiciMesi);
        var condizione = new HashMap<String, Object>();
        condizione.put(Variabili.CONDIZIONE_VERIFICA, "NON_RAGGIUNGIBILE");
        condizione.put(Variabili.NOTE_VERIFICA, null);
        completa(verifica, condizione);

        assertThat(verifica).isEnded().hasPassed("EndEvent_VerificheConcluse");
        assertThat(verifiche.verifiche(percorso.getBusinessKey()))
                .extracting(
                        VerificaRegistrata::intervallo, VerificaRegistrata::condizione, VerificaRegistrata::operatore)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                Period.ofMonths(6), CondizioneVerifica.OCCUPATO, "informativo"),
                        org.assertj.core.groups.Tuple.tuple(
                                Period.ofMonths(12), CondizioneVerifica.NON_RAGGIUNGIBILE, "informativo"));
        assertThat(engine.getHistoryService()
                        .createHistoricVariableInstanceQuery()
                        .processInstanceId(verifica.getId())
                        .variableName(Variabili.NOTE_VERIFICA)
                        .count())
                .as("the notes stay out of the engine's history")
                .isZero();
    }

    @Test
    void cittadinoAnonimizzatoNelFrattempo_verificaFinita() {
        String codice = nuovoCodiceFiscale();
        var percorso = orientamentoConcluso(codice);
        var verifica = verificaDi(percorso);

        privacy.anonimizza(codice, "admin");

        // Ended, and its history gone with the citizen's.
        assertThat(engine.getHistoryService()
                        .createHistoricProcessInstanceQuery()
                        .processInstanceId(verifica.getId())
                        .count())
                .isZero();
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceBusinessKey(percorso.getBusinessKey())
                        .count())
                .isZero();
    }

    @Test
    void richiestaEvasa_nessunaVerifica() {
        var percorso = OperatoreDiSportello.informativo(engine)
                .avvia(schedaAccesso(nuovoCodiceFiscale(), "RISOLVIBILE", null));
        OperatoreDiSportello.informativo(engine)
                .completa(percorso, Map.of(Variabili.RISPOSTA_FORNITA, "Indicato il centro per l'impiego."));

        assertThat(percorso).isEnded();
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processDefinitionKey(Processi.VERIFICA_ESITI)
                        .processInstanceBusinessKey(percorso.getBusinessKey())
                        .count())
                .isZero();
    }

    private ProcessInstance orientamentoConcluso(String codice) {
        var operatore = OperatoreDiSportello.informativo(engine);
        var percorso = operatore.avvia(schedaAccesso(codice, "PERCORSO", true));
        var inizio = agenda.slotLiberi(Sportello.INFORMATIVO, LocalDate.now(), 1)
                .get(0)
                .toLocalDateTime();
        operatore.completa(
                percorso,
                Map.of(
                        Variabili.OBIETTIVI_PROSSIMO_COLLOQUIO,
                        "Bilancio delle competenze",
                        Variabili.DATA_APPUNTAMENTO,
                        inizio.toString()));
        AppuntamentoIniziato.per(jdbc, percorso.getBusinessKey());
        operatore.completa(percorso, assessment("DIPLOMA", 2, "AVANZATE", false));
        operatore.completa(percorso, obiettivi("REINSERIMENTO", null, "CONCLUSO", null, null));
        assertThat(percorso).isEnded().hasPassed("EndEvent_OrientamentoConcluso");
        return percorso;
    }

    private ProcessInstance verificaDi(ProcessInstance percorso) {
        var verifica = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(Processi.VERIFICA_ESITI)
                .processInstanceBusinessKey(percorso.getBusinessKey())
                .singleResult();
        assertThat(verifica)
                .as("VerificaEsitiProcess of " + percorso.getBusinessKey())
                .isNotNull();
        return verifica;
    }

    private void completa(ProcessInstance verifica, Map<String, Object> variabili) {
        OperatoreDiSportello.informativo(engine).completa(verifica, variabili);
    }

    private static Date dopo(Instant da, Period periodo) {
        return Date.from(da.atZone(ROMA).plus(periodo).toInstant());
    }
}
