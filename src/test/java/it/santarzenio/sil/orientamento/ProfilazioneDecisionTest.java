package it.santarzenio.sil.orientamento;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Decision_Profilazione (processes/profilazione.dmn): one test per rule, in the table's order of priority. */
class ProfilazioneDecisionTest {

    private static DmnEngine dmn;
    private static DmnDecision decisione;

    @BeforeAll
    static void caricaDecisione() throws IOException {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (var file = new FileInputStream("processes/profilazione.dmn")) {
            decisione = dmn.parseDecision("Decision_Profilazione", file);
        }
    }

    /** A citizen close to the labour market; each test changes what its rule looks at. */
    private static Map<String, Object> vicinoAlMercato() {
        var assessment = new HashMap<String, Object>();
        assessment.put("fragilitaSociale", false);
        assessment.put("mesiSenzaLavoro", 3);
        assessment.put("titoloStudio", "DIPLOMA");
        assessment.put("condizioneOccupazionale", "DISOCCUPATO");
        assessment.put("competenzeDigitali", "INTERMEDIE");
        assessment.put("haCurriculum", true);
        return assessment;
    }

    private static String suggerito(Map<String, Object> assessment) {
        var risultato = dmn.evaluateDecisionTable(decisione, assessment).getSingleResult();
        assertThat((String) risultato.get("motivazioneSuggerimento")).isNotBlank();
        return (String) risultato.get("percorsoSuggerito");
    }

    @Test
    void nessunOstacolo_reinserimento() {
        assertThat(suggerito(vicinoAlMercato())).isEqualTo("REINSERIMENTO");
    }

    @Test
    void fragilitaSociale_inclusioneAncheSeVicinoAlMercato() {
        var assessment = vicinoAlMercato();
        assessment.put("fragilitaSociale", true);
        assessment.put("mesiSenzaLavoro", 30);
        assertThat(suggerito(assessment)).isEqualTo("INCLUSIONE");
    }

    @Test
    void dodiciMesiConLicenzaMedia_riqualificazione() {
        var assessment = vicinoAlMercato();
        assessment.put("mesiSenzaLavoro", 12);
        assessment.put("titoloStudio", "LICENZA_MEDIA");
        assertThat(suggerito(assessment)).isEqualTo("RIQUALIFICAZIONE");
    }

    @Test
    void undiciMesiConLicenzaMedia_nonAncoraRiqualificazione() {
        var assessment = vicinoAlMercato();
        assessment.put("mesiSenzaLavoro", 11);
        assessment.put("titoloStudio", "LICENZA_MEDIA");
        assertThat(suggerito(assessment)).isEqualTo("REINSERIMENTO");
    }

    @Test
    void oltreVentiquattroMesiConLaurea_riqualificazione() {
        var assessment = vicinoAlMercato();
        assessment.put("mesiSenzaLavoro", 24);
        assessment.put("titoloStudio", "LAUREA");
        assertThat(suggerito(assessment)).isEqualTo("RIQUALIFICAZIONE");
    }

    @Test
    void maiOccupato_aggiornamento() {
        var assessment = vicinoAlMercato();
        assessment.put("condizioneOccupazionale", "INOCCUPATO");
        assessment.put("mesiSenzaLavoro", 0);
        assertThat(suggerito(assessment)).isEqualTo("AGGIORNAMENTO");
    }

    @Test
    void competenzeDigitaliDiBase_aggiornamento() {
        var assessment = vicinoAlMercato();
        assessment.put("competenzeDigitali", "BASE");
        assertThat(suggerito(assessment)).isEqualTo("AGGIORNAMENTO");
    }

    @Test
    void senzaCurriculum_aggiornamento() {
        var assessment = vicinoAlMercato();
        assessment.put("haCurriculum", false);
        assertThat(suggerito(assessment)).isEqualTo("AGGIORNAMENTO");
    }
}
