package it.santarzenio.sil.processo;

import static it.santarzenio.sil.accesso.CodiciFiscaliDiProva.nuovoCodiceFiscale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import it.santarzenio.sil.ApplicazioneSuH2;
import it.santarzenio.sil.AppuntamentoIniziato;
import it.santarzenio.sil.abbinamento.AbbinamentoService;
import it.santarzenio.sil.abbinamento.ProfessioneCp2021;
import it.santarzenio.sil.agenda.AgendaService;
import it.santarzenio.sil.agenda.Sportello;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** PercorsoCittadinoProcess (processes/percorso-cittadino.bpmn): one method per path, with the real domain on H2. */
@ApplicazioneSuH2
class PercorsoCittadinoProcessTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AgendaService agenda;

    @Autowired
    AbbinamentoService abbinamento;

    @BeforeEach
    void collegaAssert() {
        AbstractAssertions.init(engine);
    }

    @Test
    void richiestaRisolvibile_richiestaEvasaERegistroAccessi() {
        var scheda = schedaAccesso(nuovoCodiceFiscale(), "RISOLVIBILE", null);
        var percorso = informativo().avvia(scheda);

        assertThat(percorso.getBusinessKey()).matches("SIL-\\d{4}-\\d{6}");
        assertThat(percorso).isWaitingAt("Task_RispostaRichiesta").hasBusinessKey(percorso.getBusinessKey());
        informativo()
                .completa(
                        percorso,
                        Map.of(Variabili.RISPOSTA_FORNITA, "Indicato il portale regionale delle offerte di lavoro."));

        assertThat(percorso).isEnded().hasPassed("Task_RegistraRisposta", "EndEvent_RichiestaEvasa");
        assertThat(esito(percorso)).isEqualTo("RICHIESTA_EVASA");
        assertThat(jdbc.queryForMap(
                        "select esito, risposta_fornita, operatore from accesso where numero_pratica = ?",
                        percorso.getBusinessKey()))
                .containsEntry("ESITO", "RICHIESTA_EVASA")
                .containsEntry("RISPOSTA_FORNITA", "Indicato il portale regionale delle offerte di lavoro.")
                .containsEntry("OPERATORE", "informativo");
    }

    @Test
    void rispostaVuota_compitoRestaApertoConMessaggio() {
        var percorso = informativo().avvia(schedaAccesso(nuovoCodiceFiscale(), "RISOLVIBILE", null));

        assertThatThrownBy(() -> informativo().completa(percorso, Map.of(Variabili.RISPOSTA_FORNITA, "  ")))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("Descrivere la risposta fornita al cittadino");
        assertThat(percorso).isWaitingAt("Task_RispostaRichiesta");
    }

    @Test
    void percorsoSenzaAdesione_nonAderisce() {
        var codice = nuovoCodiceFiscale();
        var percorso = informativo().avvia(schedaAccesso(codice, "PERCORSO", false));

        assertThat(percorso).isEnded().hasPassed("EndEvent_NonAderisce").hasNotPassed("Task_ApriSchedaUtente");
        assertThat(esito(percorso)).isEqualTo("NON_ADERISCE");
        assertThat(jdbc.queryForObject(
                        "select count(*) from scheda_utente where numero_pratica = ?",
                        Integer.class,
                        percorso.getBusinessKey()))
                .isZero();
    }

    @Test
    void codiceFiscaleSbagliato_rifiutatoSenzaScrivereNulla() {
        int istanzePrima = istanze();
        var scheda = schedaAccesso("RSSMRA85T10A562X", "PERCORSO", true);

        assertThatThrownBy(() -> informativo().avvia(scheda))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("carattere di controllo non corrisponde");
        assertThat(istanze()).isEqualTo(istanzePrima);
        assertThat(jdbc.queryForObject(
                        "select count(*) from cittadino where codice_fiscale = 'RSSMRA85T10A562X'", Integer.class))
                .isZero();
    }

    @Test
    void codiceFiscaleCheNonCorrispondeAiDati_rifiutatoNominandoLaParte() {
        var scheda = schedaAccesso(nuovoCodiceFiscale(), "PERCORSO", true);
        scheda.put(Variabili.SESSO, "M");
        scheda.put(Variabili.NOME, "Anna");

        assertThatThrownBy(() -> informativo().avvia(scheda))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("non corrisponde al nome «Anna»")
                .hasMessageContaining("non corrisponde al sesso indicato (maschio)");

        scheda.put(Variabili.SESSO, "F");
        scheda.put(Variabili.NOME, "Lucia");
        assertThat(informativo().avvia(scheda)).isWaitingAt("Task_ConcordaAppuntamento");
    }

    /** A client of the engine's API that sends no sex: every other part of the code is still checked. */
    @Test
    void codiceFiscaleCheNonCorrispondeSenzaSesso_rifiutatoNominandoLaParte() {
        String codice = nuovoCodiceFiscale();
        var scheda = schedaAccesso(codice, "PERCORSO", true);
        scheda.put(Variabili.COGNOME, "Russo");
        scheda.put(Variabili.DATA_NASCITA, "1988-04-22");

        assertThatThrownBy(() -> informativo().avvia(scheda))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("non corrisponde al cognome «Russo»")
                .hasMessageContaining("non corrisponde al giorno di nascita (22/04/1988)")
                .hasMessageNotContaining("sesso");
        assertThat(jdbc.queryForObject(
                        "select count(*) from cittadino where codice_fiscale = ?", Integer.class, codice))
                .isZero();

        scheda.put(Variabili.COGNOME, "Esposito");
        scheda.put(Variabili.DATA_NASCITA, "1988-04-21");
        assertThat(informativo().avvia(scheda)).isWaitingAt("Task_ConcordaAppuntamento");
    }

    @Test
    void informativaPrivacyNonAccettataEValoreSconosciuto_rifiutatiConTuttiIMessaggi() {
        var scheda = schedaAccesso(nuovoCodiceFiscale(), "PERCORSO", true);
        scheda.put(Variabili.INFORMATIVA_PRIVACY, false);
        scheda.put(Variabili.NOME, "");

        assertThatThrownBy(() -> informativo().avvia(scheda))
                .hasMessageContaining("informativa sulla privacy")
                .hasMessageContaining("Il nome è obbligatorio");

        scheda.put(Variabili.INFORMATIVA_PRIVACY, true);
        scheda.put(Variabili.NOME, "Anna");
        scheda.put(Variabili.TIPO_RICHIESTA, "URGENTE");
        assertThatThrownBy(() -> informativo().avvia(scheda))
                .hasMessageContaining("«URGENTE» non è ammesso")
                .hasMessageContaining("RISOLVIBILE, PERCORSO");
    }

    @Test
    void cittadinoConPercorsoAperto_secondoPercorsoRifiutatoRichiestaRapidaRegistrata() {
        var codice = nuovoCodiceFiscale();
        var primo = informativo().avvia(schedaAccesso(codice.toLowerCase(), "PERCORSO", true));
        assertThat(primo).isWaitingAt("Task_ConcordaAppuntamento");

        assertThatThrownBy(() -> informativo().avvia(schedaAccesso(codice, "PERCORSO", true)))
                .hasMessageContaining("ha già un percorso aperto (pratica " + primo.getBusinessKey() + ")");

        var rapida = informativo().avvia(schedaAccesso(codice, "RISOLVIBILE", null));
        assertThat(rapida).isWaitingAt("Task_RispostaRichiesta");
        assertThat(jdbc.queryForObject(
                        "select count(*) from cittadino where codice_fiscale = ?", Integer.class, codice))
                .as("one citizen per codice fiscale, found again whatever the case of the letters")
                .isOne();
        assertThat(jdbc.queryForObject(
                        "select count(*) from accesso a join cittadino c on c.id = a.cittadino_id"
                                + " where c.codice_fiscale = ?",
                        Integer.class,
                        codice))
                .isEqualTo(2);
    }

    @Test
    void treAssenze_abbandonoEPercorsoChiuso() {
        var percorso = informativo().avvia(schedaAccesso(nuovoCodiceFiscale(), "PERCORSO", true));
        for (int assenza = 1; assenza <= 3; assenza++) {
            assertThat(percorso).isWaitingAt("Task_ConcordaAppuntamento");
            informativo().concordaAppuntamento(percorso, agenda);
            assertThat(percorso).isWaitingAt("Task_ColloquioAssessment");
            AppuntamentoIniziato.per(jdbc, percorso.getBusinessKey());
            informativo().completa(percorso, Map.of(Variabili.PRESENZA, "ASSENTE"));
        }

        assertThat(percorso).isEnded().hasPassed("EndEvent_Abbandono").hasNotPassed("Task_Profilazione");
        assertThat(esito(percorso)).isEqualTo("ABBANDONO");
        assertThat(agenda.prenotato(percorso.getBusinessKey())).isEmpty();
        assertThat(jdbc.queryForMap(
                        "select esito_percorso, percorso_aperto_di from scheda_utente where numero_pratica = ?",
                        percorso.getBusinessKey()))
                .containsEntry("ESITO_PERCORSO", "ABBANDONO")
                .containsEntry("PERCORSO_APERTO_DI", null);
    }

    @Test
    void appuntamentoSpostatoSuRichiesta_nonEUnAssenzaELiberaIlVecchioOrario() {
        var percorso = informativo().avvia(schedaAccesso(nuovoCodiceFiscale(), "PERCORSO", true));
        LocalDateTime primo = informativo().concordaAppuntamento(percorso, agenda);
        informativo().completa(percorso, Map.of(Variabili.PRESENZA, "RINVIATO"));

        assertThat(percorso).isWaitingAt("Task_ConcordaAppuntamento");
        LocalDateTime secondo = informativo().concordaAppuntamento(percorso, agenda);
        assertThat(secondo).isNotEqualTo(primo);
        assertThat(agenda.prenotato(percorso.getBusinessKey()))
                .hasValueSatisfying(prenotato ->
                        assertThat(prenotato.inizio().toLocalDateTime()).isEqualTo(secondo));
        assertThat(agenda.slotLiberi(Sportello.INFORMATIVO, primo.toLocalDate(), 50))
                .extracting(slot -> slot.toLocalDateTime())
                .as("the first slot is free again")
                .contains(primo);
        assertThat(percorso).variables().containsEntry(Variabili.ASSENZE, 0);
    }

    @Test
    void assentePoiPresente_profilazioneObiettiviEOrientamentoConcluso() {
        var percorso = informativo().avvia(schedaAccesso(nuovoCodiceFiscale(), "PERCORSO", true));
        informativo().concordaAppuntamento(percorso, agenda);
        AppuntamentoIniziato.per(jdbc, percorso.getBusinessKey());
        informativo().completa(percorso, Map.of(Variabili.PRESENZA, "ASSENTE"));
        assertThat(percorso).isWaitingAt("Task_ConcordaAppuntamento");

        LocalDateTime appuntamento = informativo().concordaAppuntamento(percorso, agenda);
        assertThat(task(percorso))
                .hasDefinitionKey("Task_ColloquioAssessment")
                .hasDueDate(
                        Date.from(appuntamento.atZone(ZoneId.of("Europe/Rome")).toInstant()));
        AppuntamentoIniziato.per(jdbc, percorso.getBusinessKey());
        informativo().completa(percorso, assessment("LICENZA_MEDIA", 14, "BASE", false));

        assertThat(percorso).hasPassed("Task_Profilazione").isWaitingAt("Task_CondivisioneObiettivi");
        assertThat(percorso)
                .variables()
                .containsEntry(Variabili.PERCORSO_SUGGERITO, "RIQUALIFICAZIONE")
                .containsEntry(Variabili.ASSENZE, 1);
        informativo().completa(percorso, obiettivi("RIQUALIFICAZIONE", null, "CONCLUSO", null, null));

        assertThat(percorso).isEnded().hasPassed("EndEvent_OrientamentoConcluso");
        assertThat(esito(percorso)).isEqualTo("ORIENTAMENTO_CONCLUSO");
        assertThat(jdbc.queryForMap(
                        "select percorso_suggerito, percorso_confermato, versione_regola from profilo"
                                + " where numero_pratica = ?",
                        percorso.getBusinessKey()))
                .containsEntry("PERCORSO_SUGGERITO", "RIQUALIFICAZIONE")
                .containsEntry("PERCORSO_CONFERMATO", "RIQUALIFICAZIONE")
                .hasEntrySatisfying("VERSIONE_REGOLA", versione -> assertThat((String) versione)
                        .startsWith("Decision_Profilazione:"));
    }

    @Test
    void fragilitaSociale_profilataMaNeiDatiDelMotoreNonResta() {
        var percorso = informativo().avvia(schedaAccesso(nuovoCodiceFiscale(), "PERCORSO", true));
        informativo().concordaAppuntamento(percorso, agenda);
        // Close to the labour market: only the fragility makes the decision suggest INCLUSIONE.
        AppuntamentoIniziato.per(jdbc, percorso.getBusinessKey());
        informativo().completa(percorso, assessment("DIPLOMA", 2, "AVANZATE", true));

        assertThat(percorso).hasPassed("Task_Profilazione").isWaitingAt("Task_CondivisioneObiettivi");
        assertThat(percorso)
                .variables()
                .containsEntry(Variabili.PERCORSO_SUGGERITO, "INCLUSIONE")
                .containsEntry(Variabili.TITOLO_STUDIO, "DIPLOMA")
                .doesNotContainKeys(
                        Variabili.FRAGILITA_SOCIALE, Variabili.STORIA_PROFESSIONALE, Variabili.BISOGNO_ESPRESSO);
        assertThat(jdbc.queryForMap(
                        "select fragilita_sociale, storia_professionale from colloquio where numero_pratica = ?",
                        percorso.getBusinessKey()))
                .containsEntry("FRAGILITA_SOCIALE", true)
                .containsEntry("STORIA_PROFESSIONALE", "Commessa per dieci anni in un negozio di abbigliamento.");
        var riservate =
                new String[] {Variabili.FRAGILITA_SOCIALE, Variabili.STORIA_PROFESSIONALE, Variabili.BISOGNO_ESPRESSO};
        var storia = engine.getHistoryService();
        assertThat(storia.createHistoricVariableInstanceQuery()
                        .processInstanceId(percorso.getId())
                        .includeDeleted()
                        .list())
                .extracting(HistoricVariableInstance::getName)
                .contains(Variabili.TITOLO_STUDIO, Variabili.PERCORSO_SUGGERITO)
                .doesNotContain(riservate);
        assertThat(storia.createHistoricDetailQuery()
                        .processInstanceId(percorso.getId())
                        .list())
                .extracting(PercorsoCittadinoProcessTest::nomeDelDettaglio)
                .as("variable updates and submitted form fields")
                .contains(Variabili.TITOLO_STUDIO, Variabili.MESI_SENZA_LAVORO)
                .doesNotContain(riservate);
        var decisione = storia.createHistoricDecisionInstanceQuery()
                .processInstanceId(percorso.getId())
                .includeInputs()
                .includeOutputs()
                .singleResult();
        assertThat(decisione.getInputs())
                .extracting(HistoricDecisionInputInstance::getClauseId)
                .containsExactlyInAnyOrder(
                        "Input_MesiSenzaLavoro",
                        "Input_TitoloStudio",
                        "Input_Condizione",
                        "Input_CompetenzeDigitali",
                        "Input_Curriculum");
        assertThat(decisione.getOutputs())
                .filteredOn(uscita -> Variabili.PERCORSO_SUGGERITO.equals(uscita.getVariableName()))
                .extracting(HistoricDecisionOutputInstance::getValue)
                .containsExactly("INCLUSIONE");
        assertThat(decisione.getOutputs())
                .extracting(HistoricDecisionOutputInstance::getVariableName)
                .as("the decision's reason names the fragility: kept out of the decision's history")
                .doesNotContain(Variabili.MOTIVAZIONE_SUGGERIMENTO);
        assertThat(storia.createHistoricVariableInstanceQuery()
                        .processInstanceId(percorso.getId())
                        .variableName(Variabili.MOTIVAZIONE_SUGGERIMENTO)
                        .includeDeleted()
                        .count())
                .isZero();
        assertThat((String)
                        engine.getRuntimeService().getVariable(percorso.getId(), Variabili.MOTIVAZIONE_SUGGERIMENTO))
                .as("the goals form still quotes it")
                .isNotBlank();

        informativo().completa(percorso, obiettivi("INCLUSIONE", null, "CONCLUSO", null, null));
        assertThat(percorso).isEnded().hasPassed("EndEvent_OrientamentoConcluso");
        assertThat(jdbc.queryForObject(
                        "select percorso_suggerito from profilo where numero_pratica = ?",
                        String.class,
                        percorso.getBusinessKey()))
                .isEqualTo("INCLUSIONE");
    }

    @Test
    void percorsoDiversoDalSuggerito_richiedeMotivazioneEPoiLaConserva() {
        var percorso = informativo().avvia(schedaAccesso(nuovoCodiceFiscale(), "PERCORSO", true));
        informativo().concordaAppuntamento(percorso, agenda);
        AppuntamentoIniziato.per(jdbc, percorso.getBusinessKey());
        informativo().completa(percorso, assessment("DIPLOMA", 2, "AVANZATE", false));
        assertThat(percorso).variables().containsEntry(Variabili.PERCORSO_SUGGERITO, "REINSERIMENTO");

        assertThatThrownBy(
                        () -> informativo().completa(percorso, obiettivi("AGGIORNAMENTO", "", "CONCLUSO", null, null)))
                .hasMessageContaining("indicare la motivazione dello scostamento");
        assertThat(percorso).isWaitingAt("Task_CondivisioneObiettivi");
        assertThat(jdbc.queryForObject(
                        "select count(*) from profilo where numero_pratica = ?",
                        Integer.class,
                        percorso.getBusinessKey()))
                .isZero();

        informativo()
                .completa(
                        percorso,
                        obiettivi(
                                "AGGIORNAMENTO",
                                "Vuole passare dal commercio alla logistica.",
                                "CONCLUSO",
                                null,
                                null));
        assertThat(jdbc.queryForObject(
                        "select motivazione_scostamento from profilo where numero_pratica = ?",
                        String.class,
                        percorso.getBusinessKey()))
                .isEqualTo("Vuole passare dal commercio alla logistica.");
    }

    @Test
    void professioniDesiderate_codificateConCp2021PerLAbbinamento() {
        var percorso = informativo().avvia(schedaAccesso(nuovoCodiceFiscale(), "PERCORSO", true));
        informativo().concordaAppuntamento(percorso, agenda);
        AppuntamentoIniziato.per(jdbc, percorso.getBusinessKey());
        informativo().completa(percorso, assessment("DIPLOMA", 2, "AVANZATE", false));
        String scelte = engine.getTaskService()
                .getVariableLocal(task(percorso).getId(), Variabili.PROFESSIONI_CP2021)
                .toString();
        assertThat(scelte).contains("\"value\":\"7.4.4\"");

        var obiettivi = obiettivi("REINSERIMENTO", null, "CONCLUSO", null, null);
        obiettivi.put(
                Variabili.PROFESSIONI_DESIDERATE,
                SpinValues.jsonValue("[\"7.4.4\", \"9.9.9\"]").create());
        assertThatThrownBy(() -> informativo().completa(percorso, obiettivi))
                .hasMessageContaining("«9.9.9» non è nella classificazione");
        assertThat(percorso).isWaitingAt("Task_CondivisioneObiettivi");

        obiettivi.put(
                Variabili.PROFESSIONI_DESIDERATE,
                SpinValues.jsonValue("[\"7.4.4\", \"5.1.2\"]").create());
        informativo().completa(percorso, obiettivi);
        assertThat(abbinamento.profilo(percorso.getBusinessKey()).professioniDesiderate())
                .extracting(ProfessioneCp2021::codice)
                .containsExactlyInAnyOrder("7.4.4", "5.1.2");
    }

    @Test
    void presenzaPrimaDellOraDellAppuntamento_rifiutataRinvioPossibile() {
        var percorso = informativo().avvia(schedaAccesso(nuovoCodiceFiscale(), "PERCORSO", true));
        informativo().concordaAppuntamento(percorso, agenda);

        assertThatThrownBy(() -> informativo().completa(percorso, Map.of(Variabili.PRESENZA, "ASSENTE")))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("la presenza o l'assenza si registrano da quell'ora in poi");
        assertThatThrownBy(() -> informativo().completa(percorso, assessment("DIPLOMA", 2, "AVANZATE", false)))
                .hasMessageContaining("la presenza o l'assenza si registrano da quell'ora in poi");
        assertThat(percorso).isWaitingAt("Task_ColloquioAssessment");

        informativo().completa(percorso, Map.of(Variabili.PRESENZA, "RINVIATO"));
        assertThat(percorso).isWaitingAt("Task_ConcordaAppuntamento");
    }

    @Test
    void colloquioPresenteSenzaDati_rifiutato() {
        var percorso = informativo().avvia(schedaAccesso(nuovoCodiceFiscale(), "PERCORSO", true));
        informativo().concordaAppuntamento(percorso, agenda);

        assertThatThrownBy(() -> informativo().completa(percorso, Map.of(Variabili.PRESENZA, "PRESENTE")))
                .hasMessageContaining("indicare il titolo di studio")
                .hasMessageContaining("indicare se ci sono elementi di fragilità sociale");
        assertThat(percorso).isWaitingAt("Task_ColloquioAssessment");
    }

    @Test
    void valoriDaRadioComeTesto_diventanoBooleaniNelleVariabili() {
        var scheda = schedaAccesso(nuovoCodiceFiscale(), "PERCORSO", null);
        scheda.put(Variabili.ADERISCE_ORIENTAMENTO, "true");
        var percorso = informativo().avvia(scheda);

        assertThat(percorso).isWaitingAt("Task_ConcordaAppuntamento");
        assertThat(percorso).variables().containsEntry(Variabili.ADERISCE_ORIENTAMENTO, true);
    }

    @Test
    void concordaAppuntamento_proponeGliOrariLiberiELiLibera() {
        var percorso = informativo().avvia(schedaAccesso(nuovoCodiceFiscale(), "PERCORSO", true));
        var compito = task(percorso);
        String scelte = engine.getTaskService()
                .getVariableLocal(compito.getId(), Variabili.SLOT_LIBERI)
                .toString();
        var primo = agenda.slotLiberi(Sportello.INFORMATIVO, LocalDate.now(), 1).get(0);

        assertThat(scelte).contains("\"value\":\"" + primo.toLocalDateTime() + "\"");
        informativo()
                .completa(
                        percorso,
                        Map.of(
                                Variabili.OBIETTIVI_PROSSIMO_COLLOQUIO,
                                "Bilancio delle competenze",
                                Variabili.DATA_APPUNTAMENTO,
                                primo.toLocalDateTime().toString()));
        assertThat(agenda.prenotato(percorso.getBusinessKey()))
                .hasValueSatisfying(prenotato -> assertThat(prenotato.inizio()).isEqualTo(primo));
        assertThat(percorso).isWaitingAt("Task_ColloquioAssessment");
    }

    @Test
    void appuntamentoFuoriOrario_rifiutatoConIPrimiOrariLiberi() {
        var percorso = informativo().avvia(schedaAccesso(nuovoCodiceFiscale(), "PERCORSO", true));

        assertThatThrownBy(() -> informativo()
                        .completa(
                                percorso,
                                Map.of(
                                        Variabili.OBIETTIVI_PROSSIMO_COLLOQUIO,
                                        "Bilancio delle competenze",
                                        Variabili.DATA_APPUNTAMENTO,
                                        unMercolediTraUnAnno())))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("Primi orari liberi");
        assertThat(percorso).isWaitingAt("Task_ConcordaAppuntamento");
    }

    @Test
    void colloquioInScadenzaOggi_compareNelFiltroColloquiDiOggi() {
        var percorso = informativo().avvia(schedaAccesso(nuovoCodiceFiscale(), "PERCORSO", true));
        informativo().concordaAppuntamento(percorso, agenda);
        var colloquio = task(percorso);
        var filtro = engine.getFilterService()
                .createFilterQuery()
                .filterName("Colloqui di oggi - Sportello Informativo di Orientamento al Lavoro")
                .singleResult();
        var roma = ZoneId.of("Europe/Rome");

        colloquio.setDueDate(
                Date.from(LocalDate.now(roma).atTime(10, 30).atZone(roma).toInstant()));
        engine.getTaskService().saveTask(colloquio);
        assertThat(comeOperatore(() -> engine.getFilterService().<Task>list(filtro.getId())))
                .extracting(Task::getId)
                .contains(colloquio.getId());

        colloquio.setDueDate(Date.from(
                LocalDate.now(roma).plusDays(1).atTime(10, 30).atZone(roma).toInstant()));
        engine.getTaskService().saveTask(colloquio);
        assertThat(comeOperatore(() -> engine.getFilterService().<Task>list(filtro.getId())))
                .extracting(Task::getId)
                .doesNotContain(colloquio.getId());
    }

    @Test
    void appuntamentoNelPassato_rifiutato() {
        var percorso = informativo().avvia(schedaAccesso(nuovoCodiceFiscale(), "PERCORSO", true));

        assertThatThrownBy(() -> informativo()
                        .completa(
                                percorso,
                                Map.of(
                                        Variabili.OBIETTIVI_PROSSIMO_COLLOQUIO, "Bilancio delle competenze",
                                        Variabili.DATA_APPUNTAMENTO, "2020-01-06T10:00")))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("passato");
        assertThat(percorso).isWaitingAt("Task_ConcordaAppuntamento");
    }

    @Test
    void invioAlloSpecialisticoConProgettoDefinito_progettoConcluso() {
        var percorso = informativo().inviatoAlloSpecialistico(agenda, jdbc, true);
        var sportelli = new SportelliFaseSpecialistica(engine);
        var fase = sportelli.faseSpecialisticaDi(percorso);

        assertThat(fase).hasBusinessKey(percorso.getBusinessKey()).isWaitingAt("Task_CondivisioneProgetto");
        assertThat(fase)
                .variables()
                .containsEntry(Variabili.PROGETTO_DEFINITO, true)
                .containsEntry(Variabili.INTERVENTI_SECONDO_LIVELLO, "Tirocinio in magazzino.")
                .doesNotContainKey(Variabili.FRAGILITA_SOCIALE);
        sportelli.condividiProgetto(fase);
        sportelli.orientamentoSecondoLivello(fase, "TIROCINIO", false);
        sportelli.avvia(fase, LocalDate.now(ZoneId.of("Europe/Rome")));
        sportelli.monitora(fase, "CONCLUSO");
        sportelli.rendiconta(fase, "OCCUPATO");

        assertThat(fase).isEnded();
        assertThat(percorso).isWaitingAt("Task_PresaVisioneRendicontazione");
        assertThat(percorso)
                .variables()
                .containsEntry(Variabili.ESITO_FASE_SPECIALISTICA, "PROGETTO_CONCLUSO")
                .containsEntry(VariabiliSpecialistico.TIPO_PROGETTO, "TIROCINIO")
                .containsEntry(VariabiliSpecialistico.ENTE_OSPITANTE, "Logistica Adriatica S.r.l.")
                .containsEntry(VariabiliSpecialistico.ESITO_FINALE, "OCCUPATO");
        informativo().completa(percorso, Map.of());

        assertThat(percorso).isEnded().hasPassed("EndEvent_ProgettoConcluso");
        assertThat(esito(percorso)).isEqualTo("PROGETTO_CONCLUSO");
        assertThat(jdbc.queryForObject(
                        "select esito_percorso from scheda_utente where numero_pratica = ?",
                        String.class,
                        percorso.getBusinessKey()))
                .isEqualTo("PROGETTO_CONCLUSO");
    }

    @Test
    void invioAlloSpecialisticoPropostaRespinta_propostaRespinta() {
        var percorso = informativo().inviatoAlloSpecialistico(agenda, jdbc, false);
        var sportelli = new SportelliFaseSpecialistica(engine);
        var fase = sportelli.faseSpecialisticaDi(percorso);

        assertThat(fase).isWaitingAt("Task_CondivisioneCaso");
        sportelli.condividiCaso(fase);
        sportelli.orientamentoSpecialistico(fase);
        sportelli.elaboraProposta(fase, "Avvio di un'attività di autoimpiego.", "AUTOIMPIEGO", false);
        sportelli.decidi(fase, "RESPINTA", "Requisiti del bando non soddisfatti.");

        assertThat(percorso).isWaitingAt("Task_PresaVisioneRendicontazione");
        assertThat(percorso)
                .variables()
                .containsEntry(Variabili.ESITO_FASE_SPECIALISTICA, "PROPOSTA_RESPINTA")
                .containsEntry(VariabiliSpecialistico.MOTIVAZIONE_CABINA, "Requisiti del bando non soddisfatti.");
        informativo().completa(percorso, Map.of());

        assertThat(percorso).isEnded().hasPassed("EndEvent_PropostaRespinta");
        assertThat(esito(percorso)).isEqualTo("PROPOSTA_RESPINTA");
    }

    // --- what an operator of the informative desk does ---

    private <T> T comeOperatore(Supplier<T> azione) {
        return OperatoreDiSportello.informativo(engine).come(azione);
    }

    private String esito(ProcessInstance percorso) {
        return (String) engine.getHistoryService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(percorso.getId())
                .variableName(Variabili.ESITO_PERCORSO)
                .singleResult()
                .getValue();
    }

    private static String nomeDelDettaglio(HistoricDetail dettaglio) {
        if (dettaglio instanceof HistoricVariableUpdate variabile) {
            return variabile.getVariableName();
        }
        return ((HistoricFormField) dettaglio).getFieldId();
    }

    private int istanze() {
        return (int)
                engine.getHistoryService().createHistoricProcessInstanceQuery().count();
    }

    /** A Wednesday, when neither desk is open, a year from the real today: always in the future, never a slot. */
    private static String unMercolediTraUnAnno() {
        return java.time.LocalDate.now()
                .plusYears(1)
                .with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.WEDNESDAY))
                .atTime(10, 0)
                .toString();
    }

    static Map<String, Object> schedaAccesso(String codiceFiscale, String tipoRichiesta, Boolean aderisce) {
        var scheda = new HashMap<String, Object>();
        scheda.put(Variabili.CODICE_FISCALE, codiceFiscale);
        scheda.put(Variabili.NOME, "Lucia");
        scheda.put(Variabili.COGNOME, "Esposito");
        scheda.put(Variabili.DATA_NASCITA, "1988-04-21");
        scheda.put(Variabili.TELEFONO, "+39 333 1234567");
        scheda.put(Variabili.EMAIL, "lucia.esposito@example.org");
        scheda.put(Variabili.INFORMATIVA_PRIVACY, true);
        scheda.put(Variabili.BISOGNO_ESPRESSO, "Cerca lavoro dopo la chiusura del negozio in cui lavorava.");
        scheda.put(Variabili.TIPO_RICHIESTA, tipoRichiesta);
        scheda.put(Variabili.ADERISCE_ORIENTAMENTO, aderisce);
        return scheda;
    }

    static Map<String, Object> assessment(String titolo, int mesi, String digitali, boolean fragilita) {
        return Map.of(
                Variabili.PRESENZA,
                "PRESENTE",
                Variabili.TITOLO_STUDIO,
                titolo,
                Variabili.CONDIZIONE_OCCUPAZIONALE,
                "DISOCCUPATO",
                Variabili.MESI_SENZA_LAVORO,
                mesi,
                Variabili.STORIA_PROFESSIONALE,
                "Commessa per dieci anni in un negozio di abbigliamento.",
                Variabili.HA_CURRICULUM,
                "true",
                Variabili.COMPETENZE_DIGITALI,
                digitali,
                Variabili.FRAGILITA_SOCIALE,
                String.valueOf(fragilita));
    }

    static Map<String, Object> obiettivi(
            String confermato, String motivazione, String esito, Boolean progettoDefinito, String interventi) {
        var obiettivi = new HashMap<String, Object>();
        obiettivi.put(Variabili.PERCORSO_CONFERMATO, confermato);
        obiettivi.put(Variabili.MOTIVAZIONE_SCOSTAMENTO, motivazione);
        obiettivi.put(Variabili.OBIETTIVI, "Impiego nella logistica entro sei mesi.");
        obiettivi.put(Variabili.ESITO_PRIMO_LIVELLO, esito);
        obiettivi.put(Variabili.PROGETTO_DEFINITO, progettoDefinito);
        obiettivi.put(Variabili.INTERVENTI_SECONDO_LIVELLO, interventi);
        return obiettivi;
    }

    private OperatoreDiSportello informativo() {
        return OperatoreDiSportello.informativo(engine);
    }
}
