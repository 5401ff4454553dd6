package it.santarzenio.sil.processo;

import static it.santarzenio.sil.accesso.CodiciFiscaliDiProva.nuovoCodiceFiscale;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Period;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The engine's history follows sil.privacy.conservazione, for the models and for the cases already closed. */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:conservazione;DB_CLOSE_DELAY=-1",
            "sil.privacy.conservazione=P5Y",
            // The batch that recalculates removal times is run by the test, job by job.
            "camunda.bpm.job-execution.enabled=false"
        })
class ConservazioneStoriaMotoreTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    ConservazioneStoriaMotore conservazione;

    @Test
    void giorniDiUnPeriodo_annoDi365EMeseDi30() {
        assertThat(ConservazioneStoriaMotore.giorni(Period.ofYears(10))).isEqualTo(3650);
        assertThat(ConservazioneStoriaMotore.giorni(Period.parse("P1Y6M10D"))).isEqualTo(365 + 180 + 10);
    }

    @Test
    void allAvvio_ogniModelloConservaLaStoriaPerIlPeriodoConfigurato() {
        var modelli = engine.getRepositoryService();

        assertThat(modelli.createProcessDefinitionQuery().list()).isNotEmpty().allSatisfy(processo -> assertThat(
                        processo.getHistoryTimeToLive())
                .as(processo.getKey())
                .isEqualTo(5 * 365));
        assertThat(modelli.createDecisionDefinitionQuery().list()).isNotEmpty().allSatisfy(decisione -> assertThat(
                        decisione.getHistoryTimeToLive())
                .as(decisione.getKey())
                .isEqualTo(5 * 365));
    }

    @Test
    void periodoCambiato_ancheICasiGiaChiusiHannoIlNuovoTempoDiRimozione() {
        var sportello = OperatoreDiSportello.informativo(engine);
        var percorso =
                sportello.avvia(PercorsoCittadinoProcessTest.schedaAccesso(nuovoCodiceFiscale(), "RISOLVIBILE", null));
        sportello.completa(percorso, Map.of(Variabili.RISPOSTA_FORNITA, "Indicato il portale delle offerte."));
        assertThat(giorniDiConservazione(chiuso(percorso.getId()))).isEqualTo(5 * 365);

        assertThat(conservazione.applica(Period.ofYears(2))).isPositive();
        eseguiILavori();

        assertThat(giorniDiConservazione(chiuso(percorso.getId()))).isEqualTo(2 * 365);
        assertThat(conservazione.applica(Period.ofYears(2)))
                .as("nothing left to change")
                .isZero();
        conservazione.applica(Period.ofYears(5));
        eseguiILavori();
    }

    private HistoricProcessInstance chiuso(String id) {
        return engine.getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processInstanceId(id)
                .singleResult();
    }

    private static long giorniDiConservazione(HistoricProcessInstance chiuso) {
        assertThat(chiuso.getRemovalTime()).as("removal time of a closed case").isNotNull();
        return Duration.between(
                        chiuso.getEndTime().toInstant(), chiuso.getRemovalTime().toInstant())
                .toDays();
    }

    /** The batch's seed job creates the jobs that set the removal times: run them until none is left. */
    private void eseguiILavori() {
        var gestione = engine.getManagementService();
        for (int giro = 0; giro < 10; giro++) {
            var lavori = gestione.createJobQuery().executable().list();
            if (lavori.isEmpty()) {
                return;
            }
            lavori.forEach(lavoro -> gestione.executeJob(lavoro.getId()));
        }
    }
}
