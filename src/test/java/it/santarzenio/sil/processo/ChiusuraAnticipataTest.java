package it.santarzenio.sil.processo;

import static it.santarzenio.sil.accesso.CodiciFiscaliDiProva.nuovoCodiceFiscale;
import static it.santarzenio.sil.processo.PercorsoCittadinoProcessTest.schedaAccesso;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import it.santarzenio.sil.ApplicazioneSuH2;
import it.santarzenio.sil.DatiNonValidiException;
import it.santarzenio.sil.accesso.MotivoChiusura;
import it.santarzenio.sil.agenda.AgendaService;
import it.santarzenio.sil.agenda.Sportello;
import it.santarzenio.sil.cabina.CabinaService;
import it.santarzenio.sil.chiusura.ChiusuraService;
import it.santarzenio.sil.chiusura.PraticaGiaChiusaException;
import it.santarzenio.sil.chiusura.PraticaSconosciutaException;
import it.santarzenio.sil.chiusura.RichiestaChiusura;
import it.santarzenio.sil.cruscotto.internal.FigureDominio;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Early closure (the interrupting event subprocess of PercorsoCittadinoProcess) from every kind of step, the one-step
 * closure from Tasklist (ChiusuraPraticaProcess), and the cancellation of an instance by an administrator.
 */
@ApplicazioneSuH2
class ChiusuraAnticipataTest {

    private final ProcessEngine engine;
    private final JdbcTemplate jdbc;
    private final AgendaService agenda;
    private final ChiusuraService chiusure;
    private final CabinaService cabina;
    private final FigureDominio figure;
    private final SportelliFaseSpecialistica sportelli;

    ChiusuraAnticipataTest(
            ProcessEngine engine,
            JdbcTemplate jdbc,
            AgendaService agenda,
            ChiusuraService chiusure,
            CabinaService cabina,
            FigureDominio figure) {
        this.engine = engine;
        this.jdbc = jdbc;
        this.agenda = agenda;
        this.chiusure = chiusure;
        this.cabina = cabina;
        this.figure = figure;
        this.sportelli = new SportelliFaseSpecialistica(engine);
    }

    @BeforeEach
    void collegaAssert() {
        AbstractAssertions.init(engine);
    }

    @Test
    void faseIConAppuntamento_chiusaSlotLiberoNuovoPercorsoLoStessoGiorno() {
        String codice = nuovoCodiceFiscale();
        var percorso = informativo().avvia(schedaAccesso(codice, "PERCORSO", true));
        LocalDateTime slot = informativo().concordaAppuntamento(percorso, agenda);
        assertThat(percorso).isWaitingAt("Task_ColloquioAssessment");

        chiusure.chiudiAnticipatamente(
                percorso.getBusinessKey(),
                new RichiestaChiusura(MotivoChiusura.RINUNCIA, " Non è più interessato. "),
                "informativo");

        assertThat(percorso).isEnded().hasPassed("EndEvent_ChiusuraAnticipata").hasNotPassed("Task_RegistraColloquio");
        assertChiusa(percorso, "RINUNCIA", "Non è più interessato.");
        assertThat(agenda.prenotato(percorso.getBusinessKey())).isEmpty();
        assertThat(agenda.slotLiberi(Sportello.INFORMATIVO, slot.toLocalDate(), 50))
                .extracting(libero -> libero.toLocalDateTime())
                .as("the slot of the closed case is free again")
                .contains(slot);
        assertThat(jdbc.queryForObject(
                        "select count(*) from evento_audit where entita = 'pratica' and entita_id = ?"
                                + " and utente = 'informativo' and dettaglio like 'chiusura anticipata, motivo RINUNCIA%'",
                        Integer.class, percorso.getBusinessKey()))
                .isOne();

        var nuovo = informativo().avvia(schedaAccesso(codice, "PERCORSO", true));
        assertThat(nuovo).isWaitingAt("Task_ConcordaAppuntamento");
    }

    @Test
    void richiestaRapidaInAttesaDiRisposta_chiusaENonPiuAperta() {
        var percorso = informativo().avvia(schedaAccesso(nuovoCodiceFiscale(), "RISOLVIBILE", null));
        assertThat(percorso).isWaitingAt("Task_RispostaRichiesta");

        chiusure.chiudiAnticipatamente(
                percorso.getBusinessKey(), new RichiestaChiusura(MotivoChiusura.IRREPERIBILE, null), "informativo");

        assertThat(percorso).isEnded().hasPassed("EndEvent_ChiusuraAnticipata");
        assertThat(variabileStorica(percorso, Variabili.ESITO_PERCORSO)).isEqualTo("CHIUSURA_ANTICIPATA");
        assertThat(jdbc.queryForObject(
                        "select esito from accesso where numero_pratica = ?", String.class, percorso.getBusinessKey()))
                .isEqualTo("CHIUSURA_ANTICIPATA");
    }

    @Test
    void faseII_chiusaAncheLIstanzaChiamata() {
        var percorso = informativo().inviatoAlloSpecialistico(agenda, jdbc, true);
        var fase = sportelli.faseSpecialisticaDi(percorso);
        assertThat(fase).isWaitingAt("Task_CondivisioneProgetto");

        chiusure.chiudiAnticipatamente(
                percorso.getBusinessKey(), new RichiestaChiusura(MotivoChiusura.TRASFERIMENTO, null), "specialistico");

        assertThat(fase).isEnded();
        assertThat(percorso).isEnded().hasPassed("EndEvent_ChiusuraAnticipata");
        assertChiusa(percorso, "TRASFERIMENTO", null);
    }

    @Test
    void abbinamentoDelPartner_chiuseLeDueIstanzeChiamate() {
        var percorso = informativo().inviatoAlloSpecialistico(agenda, jdbc, true);
        var fase = sportelli.faseSpecialisticaDi(percorso);
        sportelli.condividiProgetto(fase);
        sportelli.orientamentoSecondoLivello(fase, "LAVORO", true);
        var abbinamento = sportelli.abbinamentoDi(fase);
        assertThat(abbinamento).isWaitingAt("Task_AbbinamentoDomandaOfferta");

        chiusure.chiudiAnticipatamente(
                percorso.getBusinessKey(),
                new RichiestaChiusura(MotivoChiusura.OCCUPATO_AUTONOMAMENTE, null),
                "specialistico");

        assertThat(abbinamento).isEnded();
        assertThat(fase).isEnded();
        assertThat(percorso).isEnded().hasPassed("EndEvent_ChiusuraAnticipata");
        assertChiusa(percorso, "OCCUPATO_AUTONOMAMENTE", null);
    }

    @Test
    void mentreDecideLaCabina_propostaRitirataNessunSollecitoPiuAtteso() {
        var percorso = informativo().inviatoAlloSpecialistico(agenda, jdbc, false);
        var fase = sportelli.faseSpecialisticaDi(percorso);
        sportelli.condividiCaso(fase);
        sportelli.orientamentoSpecialistico(fase);
        sportelli.elaboraProposta(fase, "Tirocinio di sei mesi in magazzino.", "TIROCINIO", false);
        assertThat(compitiDellaPratica(percorso)).containsExactly("Task_ApprovazioneCabinaDiRegia");
        assertThat(timerDellaPratica(percorso)).isPositive();
        // A month on, past the committee's due date: the Cruscotto's "decisions overdue" counts this proposal.
        var traUnMese = Instant.now().plus(Duration.ofDays(30));
        long oltreScadenza = figure.decisioniCabinaOltreScadenza(traUnMese).quanti();

        chiusure.chiudiAnticipatamente(
                percorso.getBusinessKey(),
                new RichiestaChiusura(MotivoChiusura.ALTRO, "Ha scelto un corso regionale a tempo pieno."),
                "specialistico");

        assertThat(percorso).isEnded().hasPassed("EndEvent_ChiusuraAnticipata");
        assertChiusa(percorso, "ALTRO", "Ha scelto un corso regionale a tempo pieno.");
        assertThat(cabina.storico(percorso.getBusinessKey())).singleElement().satisfies(versione -> {
            assertThat(versione.decisa()).isFalse();
            assertThat(versione.ritirataSenzaDecisione()).isTrue();
        });
        assertThat(timerDellaPratica(percorso))
                .as("the reminder's timer is gone")
                .isZero();
        assertThat(figure.decisioniCabinaOltreScadenza(traUnMese).quanti())
                .as("a withdrawn proposal is no decision the Cabina owes: never overdue in the Cruscotto")
                .isEqualTo(oltreScadenza - 1);
    }

    @Test
    void richiesteSbagliate_rifiutateConMessaggioNulloCambia() {
        var percorso = informativo().avvia(schedaAccesso(nuovoCodiceFiscale(), "PERCORSO", true));

        assertThatThrownBy(() -> chiusure.chiudiAnticipatamente(
                        percorso.getBusinessKey(), new RichiestaChiusura(MotivoChiusura.ALTRO, "  "), "informativo"))
                .isInstanceOf(DatiNonValidiException.class)
                .hasMessageContaining("Con il motivo ALTRO la nota è obbligatoria");
        assertThatThrownBy(() -> chiusure.chiudiAnticipatamente(
                        percorso.getBusinessKey(), new RichiestaChiusura(null, null), "informativo"))
                .hasMessageContaining("Indicare il motivo della chiusura");
        assertThatThrownBy(() -> chiusure.chiudiAnticipatamente(
                        "SIL-1999-999999", new RichiestaChiusura(MotivoChiusura.RINUNCIA, null), "informativo"))
                .isInstanceOf(PraticaSconosciutaException.class)
                .hasMessageContaining("Nessuna pratica ha il numero SIL-1999-999999");
        assertThat(percorso).isWaitingAt("Task_ConcordaAppuntamento");

        chiusure.chiudiAnticipatamente(
                percorso.getBusinessKey(), new RichiestaChiusura(MotivoChiusura.RINUNCIA, null), "informativo");
        assertThatThrownBy(() -> chiusure.chiudiAnticipatamente(
                        percorso.getBusinessKey(), new RichiestaChiusura(MotivoChiusura.RINUNCIA, null), "informativo"))
                .isInstanceOf(PraticaGiaChiusaException.class)
                .hasMessageContaining("è già chiusa");
    }

    @Test
    void daTasklistLoSportelloSpecialistico_chiudeUnaPraticaDellaFaseIInUnPasso() {
        var percorso = informativo().avvia(schedaAccesso(nuovoCodiceFiscale(), "PERCORSO", true));
        var specialistico = new OperatoreDiSportello(engine, "specialistico", "sportello-specialistico");
        var definizione = engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey(Processi.CHIUSURA_PRATICA)
                .latestVersion()
                .singleResult();
        var modulo = new HashMap<String, Object>();
        modulo.put(Variabili.NUMERO_PRATICA, " " + percorso.getBusinessKey().toLowerCase() + " ");
        modulo.put(Variabili.MOTIVO_CHIUSURA, "ALTRO");
        modulo.put(Variabili.NOTA_CHIUSURA, "");

        assertThatThrownBy(() ->
                        specialistico.come(() -> engine.getFormService().submitStartForm(definizione.getId(), modulo)))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("Con il motivo ALTRO la nota è obbligatoria");
        assertThat(percorso).isWaitingAt("Task_ConcordaAppuntamento");

        modulo.put(Variabili.NOTA_CHIUSURA, "Seguito ora dal servizio del comune di residenza.");
        var chiusura = specialistico.come(() -> engine.getFormService().submitStartForm(definizione.getId(), modulo));

        assertThat(chiusura).isEnded().hasPassed("Task_ChiudiPratica");
        assertThat(percorso).isEnded().hasPassed("EndEvent_ChiusuraAnticipata");
        assertChiusa(percorso, "ALTRO", "Seguito ora dal servizio del comune di residenza.");
        assertThat(engine.getHistoryService()
                        .createHistoricVariableInstanceQuery()
                        .processInstanceId(chiusura.getId())
                        .variableName(Variabili.NOTA_CHIUSURA)
                        .count())
                .as("the note stays out of the engine's history")
                .isZero();
    }

    @Test
    void annullataDallAmministratore_annullatoESlotLiberoAncheSaltandoIListener() {
        var percorso = informativo().avvia(schedaAccesso(nuovoCodiceFiscale(), "PERCORSO", true));
        LocalDateTime slot = informativo().concordaAppuntamento(percorso, agenda);

        // Cockpit's "Annulla l'istanza" offers to skip custom listeners: the domain must close anyway.
        engine.getRuntimeService().deleteProcessInstance(percorso.getId(), "aperta per errore", true, true);

        assertThat(jdbc.queryForMap(
                        "select esito_percorso, percorso_aperto_di from scheda_utente where numero_pratica = ?",
                        percorso.getBusinessKey()))
                .containsEntry("ESITO_PERCORSO", "ANNULLATO")
                .containsEntry("PERCORSO_APERTO_DI", null);
        assertThat(agenda.prenotato(percorso.getBusinessKey())).isEmpty();
        assertThat(agenda.slotLiberi(Sportello.INFORMATIVO, slot.toLocalDate(), 50))
                .extracting(libero -> libero.toLocalDateTime())
                .contains(slot);
        assertThat(jdbc.queryForObject(
                        "select dettaglio from evento_audit where entita = 'pratica' and entita_id = ?"
                                + " and utente = 'sistema'",
                        String.class,
                        percorso.getBusinessKey()))
                .isEqualTo("pratica annullata dall'amministratore (aperta per errore)");
        var storia = engine.getHistoryService();
        var esito = storia.createHistoricVariableInstanceQuery()
                .processInstanceId(percorso.getId())
                .variableName(Variabili.ESITO_PERCORSO)
                .singleResult();
        assertThat(esito.getValue())
                .as("the engine's history says how the case ended, as for every other case")
                .isEqualTo("ANNULLATO");
        assertThat(esito.getTypeName()).isEqualTo("string");
        var istanza = storia.createHistoricProcessInstanceQuery()
                .processInstanceId(percorso.getId())
                .singleResult();
        assertThat(istanza.getState()).isEqualTo("EXTERNALLY_TERMINATED");
        assertThat(esito.getRemovalTime())
                .as("removed with the rest of the case's history")
                .isNotNull()
                .isEqualTo(istanza.getRemovalTime());
        assertThat(storia.createHistoricDetailQuery()
                        .processInstanceId(percorso.getId())
                        .variableUpdates()
                        .variableInstanceId(esito.getId())
                        .count())
                .isOne();
    }

    @Test
    void faseIIAnnullata_tuttaLaPraticaAnnullata() {
        var percorso = informativo().inviatoAlloSpecialistico(agenda, jdbc, true);
        var fase = sportelli.faseSpecialisticaDi(percorso);

        engine.getRuntimeService().deleteProcessInstance(percorso.getId(), "prova", false, true);

        assertThat(fase).isEnded();
        assertAnnullata(percorso);
    }

    @Test
    void faseIIAnnullataDaSolaInCockpit_tuttaLaPraticaAnnullata() {
        var percorso = informativo().inviatoAlloSpecialistico(agenda, jdbc, true);
        var fase = sportelli.faseSpecialisticaDi(percorso);

        // Cockpit lists the called instance on its own: an administrator may cancel that one, not the case's root.
        engine.getRuntimeService().deleteProcessInstance(fase.getId(), "prova", true, true);

        assertThat(fase).isEnded();
        assertThat(percorso).isEnded();
        assertAnnullata(percorso);
    }

    @Test
    void abbinamentoAnnullatoDaSoloInCockpit_tuttaLaPraticaAnnullata() {
        var percorso = informativo().inviatoAlloSpecialistico(agenda, jdbc, true);
        var fase = sportelli.faseSpecialisticaDi(percorso);
        sportelli.condividiProgetto(fase);
        sportelli.orientamentoSecondoLivello(fase, "LAVORO", true);
        var abbinamento = sportelli.abbinamentoDi(fase);

        engine.getRuntimeService().deleteProcessInstance(abbinamento.getId(), "prova", true, true);

        assertThat(abbinamento).isEnded();
        assertThat(fase).isEnded();
        assertThat(percorso).isEnded();
        assertAnnullata(percorso);
    }

    // --- helpers ---

    /** The case is ANNULLATO in the domain and in the engine's history. */
    private void assertAnnullata(ProcessInstance percorso) {
        assertThat(jdbc.queryForObject(
                        "select esito_percorso from scheda_utente where numero_pratica = ?",
                        String.class,
                        percorso.getBusinessKey()))
                .isEqualTo("ANNULLATO");
        assertThat(variabileStorica(percorso, Variabili.ESITO_PERCORSO)).isEqualTo("ANNULLATO");
    }

    private void assertChiusa(ProcessInstance percorso, String motivo, String nota) {
        assertThat(variabileStorica(percorso, Variabili.ESITO_PERCORSO)).isEqualTo("CHIUSURA_ANTICIPATA");
        assertThat(variabileStorica(percorso, Variabili.MOTIVO_CHIUSURA)).isEqualTo(motivo);
        assertThat(jdbc.queryForMap(
                        "select esito_percorso, motivo_chiusura, nota_chiusura, percorso_aperto_di"
                                + " from scheda_utente where numero_pratica = ?",
                        percorso.getBusinessKey()))
                .containsEntry("ESITO_PERCORSO", "CHIUSURA_ANTICIPATA")
                .containsEntry("MOTIVO_CHIUSURA", motivo)
                .containsEntry("NOTA_CHIUSURA", nota)
                .containsEntry("PERCORSO_APERTO_DI", null);
        assertThat(compitiDellaPratica(percorso)).as("no task of the case left").isEmpty();
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceBusinessKey(percorso.getBusinessKey())
                        .count())
                .as("no instance of the case left, called ones included")
                .isZero();
    }

    private List<String> compitiDellaPratica(ProcessInstance percorso) {
        return engine
                .getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(percorso.getBusinessKey())
                .list()
                .stream()
                .map(compito -> compito.getTaskDefinitionKey())
                .toList();
    }

    private long timerDellaPratica(ProcessInstance percorso) {
        return engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(percorso.getBusinessKey())
                .list()
                .stream()
                .mapToLong(istanza -> engine.getManagementService()
                        .createJobQuery()
                        .processInstanceId(istanza.getId())
                        .timers()
                        .count())
                .sum();
    }

    private Object variabileStorica(ProcessInstance percorso, String nome) {
        return engine.getHistoryService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(percorso.getId())
                .variableName(nome)
                .singleResult()
                .getValue();
    }

    private OperatoreDiSportello informativo() {
        return OperatoreDiSportello.informativo(engine);
    }
}
