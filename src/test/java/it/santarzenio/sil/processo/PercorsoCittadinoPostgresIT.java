package it.santarzenio.sil.processo;

import static it.santarzenio.sil.accesso.CodiciFiscaliDiProva.nuovoCodiceFiscale;
import static it.santarzenio.sil.processo.PercorsoCittadinoProcessTest.assessment;
import static it.santarzenio.sil.processo.PercorsoCittadinoProcessTest.obiettivi;
import static it.santarzenio.sil.processo.PercorsoCittadinoProcessTest.schedaAccesso;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.santarzenio.sil.ApplicazioneSuPostgres;
import it.santarzenio.sil.AppuntamentoIniziato;
import it.santarzenio.sil.agenda.AgendaService;
import it.santarzenio.sil.agenda.Sportello;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Engine and domain share one transaction on the production database: a refused step leaves neither engine nor
 * domain changes, a completed one leaves both.
 */
@ApplicazioneSuPostgres
class PercorsoCittadinoPostgresIT {

    private final ProcessEngine engine;
    private final JdbcTemplate jdbc;
    private final AgendaService agenda;
    private final OperatoreDiSportello operatore;
    private final ColonneElencoMancanti colonneMancanti;

    PercorsoCittadinoPostgresIT(
            ProcessEngine engine, JdbcTemplate jdbc, AgendaService agenda, ColonneElencoMancanti colonneMancanti) {
        this.engine = engine;
        this.jdbc = jdbc;
        this.agenda = agenda;
        this.colonneMancanti = colonneMancanti;
        this.operatore = OperatoreDiSportello.informativo(engine);
    }

    @Test
    void avvioRifiutato_nessunaRigaNeDelMotoreNeDelDominio() {
        String codice = nuovoCodiceFiscale();
        var scheda = schedaAccesso(codice, "PERCORSO", null);
        long istanze =
                engine.getHistoryService().createHistoricProcessInstanceQuery().count();

        assertThatThrownBy(() -> avvia(scheda)).hasMessageContaining("indicare se il cittadino aderisce");

        assertThat(engine.getHistoryService()
                        .createHistoricProcessInstanceQuery()
                        .count())
                .isEqualTo(istanze);
        assertThat(righe("select count(*) from cittadino where codice_fiscale = ?", codice))
                .isZero();
    }

    @Test
    void compitoRifiutato_nessunaRigaPoiCompletatoEntrambiGliStati() {
        var percorso = avvia(schedaAccesso(nuovoCodiceFiscale(), "PERCORSO", true));
        completa(
                percorso,
                Map.of(
                        Variabili.OBIETTIVI_PROSSIMO_COLLOQUIO,
                        "Bilancio delle competenze",
                        Variabili.DATA_APPUNTAMENTO,
                        agenda.slotLiberi(Sportello.INFORMATIVO, LocalDate.now(), 1)
                                .get(0)
                                .toLocalDateTime()
                                .toString()));
        AppuntamentoIniziato.per(jdbc, percorso.getBusinessKey());
        completa(percorso, assessment("DIPLOMA", 2, "AVANZATE", false));
        String colloquiPrima = "select count(*) from colloquio where numero_pratica = ?";
        assertThat(righe(colloquiPrima, percorso.getBusinessKey())).isOne();

        assertThatThrownBy(() -> completa(percorso, obiettivi("INCLUSIONE", " ", "CONCLUSO", null, null)))
                .isInstanceOf(FormFieldValidationException.class);
        assertThat(righe("select count(*) from profilo where numero_pratica = ?", percorso.getBusinessKey()))
                .isZero();
        assertThat(compitoAttuale(percorso)).isEqualTo("Task_CondivisioneObiettivi");
        assertThat(engine.getRuntimeService().getVariable(percorso.getId(), Variabili.PERCORSO_CONFERMATO))
                .as("the refused form's values are not kept in the engine either")
                .isNull();

        completa(percorso, obiettivi("REINSERIMENTO", null, "CONCLUSO", null, null));
        assertThat(righe("select count(*) from profilo where numero_pratica = ?", percorso.getBusinessKey()))
                .isOne();
        assertThat(jdbc.queryForObject(
                        "select esito_percorso from scheda_utente where numero_pratica = ?",
                        String.class,
                        percorso.getBusinessKey()))
                .isEqualTo("ORIENTAMENTO_CONCLUSO");
        assertThat(engine.getHistoryService()
                        .createHistoricProcessInstanceQuery()
                        .processInstanceId(percorso.getId())
                        .singleResult()
                        .getEndTime())
                .isNotNull();
    }

    @Test
    void fragilitaSociale_nessunaRigaNelleTabelleStoricheDelMotore() {
        var percorso = avvia(schedaAccesso(nuovoCodiceFiscale(), "PERCORSO", true));
        completa(
                percorso,
                Map.of(
                        Variabili.OBIETTIVI_PROSSIMO_COLLOQUIO,
                        "Bilancio delle competenze",
                        Variabili.DATA_APPUNTAMENTO,
                        agenda.slotLiberi(Sportello.INFORMATIVO, LocalDate.now(), 1)
                                .get(0)
                                .toLocalDateTime()
                                .toString()));
        AppuntamentoIniziato.per(jdbc, percorso.getBusinessKey());
        completa(percorso, assessment("DIPLOMA", 2, "AVANZATE", true));
        String istanza = percorso.getId();

        assertThat(jdbc.queryForObject(
                        "select fragilita_sociale from colloquio where numero_pratica = ?",
                        Boolean.class,
                        percorso.getBusinessKey()))
                .isTrue();
        assertThat(engine.getRuntimeService().getVariable(istanza, Variabili.PERCORSO_SUGGERITO))
                .isEqualTo("INCLUSIONE");
        String riservate = "('" + Variabili.FRAGILITA_SOCIALE + "', '" + Variabili.STORIA_PROFESSIONALE + "')";
        assertThat(righe(
                        "select count(*) from act_ru_variable where proc_inst_id_ = ? and name_ in " + riservate,
                        istanza))
                .isZero();
        assertThat(righe(
                        "select count(*) from act_hi_varinst where proc_inst_id_ = ? and name_ in " + riservate,
                        istanza))
                .isZero();
        assertThat(righe(
                        "select count(*) from act_hi_detail where proc_inst_id_ = ? and name_ in " + riservate,
                        istanza))
                .isZero();
        assertThat(righe("select count(*) from act_hi_detail where proc_inst_id_ = ?", istanza))
                .as("the other answers are still detailed")
                .isPositive();
        String ingressi = "select count(*) from act_hi_dec_in i join act_hi_decinst d on d.id_ = i.dec_inst_id_"
                + " where d.proc_inst_id_ = ?";
        assertThat(righe(ingressi + " and i.clause_id_ = 'Input_Fragilita'", istanza))
                .isZero();
        assertThat(righe(ingressi, istanza)).as("the other five inputs").isEqualTo(5);
    }

    private ProcessInstance avvia(Map<String, Object> scheda) {
        return operatore.avvia(scheda);
    }

    private void completa(ProcessInstance percorso, Map<String, Object> variabili) {
        operatore.completa(percorso, variabili);
    }

    private String compitoAttuale(ProcessInstance percorso) {
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(percorso.getId())
                .singleResult()
                .getTaskDefinitionKey();
    }

    private int righe(String sql, Object parametro) {
        return jdbc.queryForObject(sql, Integer.class, parametro);
    }
    /**
     * A task left without its list columns by an earlier version gets them once on PostgreSQL (the native query, the
     * advisory lock): two runs at once, as two nodes starting together, leave one row per column.
     */
    @Test
    void compitoSenzaColonne_dueCompletamentiInsieme_unaRigaPerColonna() throws Exception {
        var percorso = avvia(schedaAccesso(nuovoCodiceFiscale(), "PERCORSO", true));
        var compiti = engine.getTaskService();
        String compito = compiti.createTaskQuery()
                .processInstanceId(percorso.getId())
                .singleResult()
                .getId();
        var allaCreazione = compiti.getVariablesLocal(compito, List.copyOf(ColonneElenco.NOMI));
        compiti.removeVariablesLocal(compito, ColonneElenco.NOMI);

        var insieme = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var primo = insieme.submit(colonneMancanti::completa);
            var secondo = insieme.submit(colonneMancanti::completa);
            assertThat(primo.get() + secondo.get()).isGreaterThanOrEqualTo(1);
        } finally {
            insieme.shutdown();
        }

        assertThat(compiti.getVariablesLocal(compito, List.copyOf(ColonneElenco.NOMI)))
                .isEqualTo(allaCreazione);
        assertThat(righe("select count(*) from act_ru_variable where task_id_ = ? and name_ like 'elenco%'", compito))
                .isEqualTo(allaCreazione.size());
    }
}
