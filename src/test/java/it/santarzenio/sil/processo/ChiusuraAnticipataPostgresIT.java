package it.santarzenio.sil.processo;

import static it.santarzenio.sil.accesso.CodiciFiscaliDiProva.nuovoCodiceFiscale;
import static it.santarzenio.sil.processo.PercorsoCittadinoProcessTest.schedaAccesso;
import static org.assertj.core.api.Assertions.assertThat;

import it.santarzenio.sil.ApplicazioneSuPostgres;
import it.santarzenio.sil.ClientHttp;
import it.santarzenio.sil.agenda.AgendaService;
import it.santarzenio.sil.agenda.Sportello;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Early closure on the production database, through the API as a desk calls it: the citizen opens a new case the same
 * day and books the very slot the closed case freed.
 */
@ApplicazioneSuPostgres
class ChiusuraAnticipataPostgresIT {

    private final ProcessEngine engine;
    private final JdbcTemplate jdbc;
    private final AgendaService agenda;
    private final ClientHttp client;
    private final String password;
    private final OperatoreDiSportello operatore;

    ChiusuraAnticipataPostgresIT(
            ProcessEngine engine,
            JdbcTemplate jdbc,
            AgendaService agenda,
            @LocalServerPort int porta,
            @Value("${sil.demo.password}") String password) {
        this.engine = engine;
        this.jdbc = jdbc;
        this.agenda = agenda;
        this.client = new ClientHttp(porta);
        this.password = password;
        this.operatore = OperatoreDiSportello.informativo(engine);
    }

    @Test
    void chiusaDallApi_nuovoPercorsoLoStessoGiornoELoSlotLiberatoSiPrenota() {
        String codice = nuovoCodiceFiscale();
        var primo = operatore.avvia(schedaAccesso(codice, "PERCORSO", true));
        var slot = agenda.slotLiberi(Sportello.INFORMATIVO, LocalDate.now(), 1)
                .get(0)
                .toLocalDateTime();
        prenota(primo.getId(), slot.toString());
        String chiusura = "/api/pratiche/" + primo.getBusinessKey() + "/chiusura";

        var sconosciuto = client.postJson(chiusura, "informativo", password, "{\"motivo\": \"STANCO\"}");
        assertThat(sconosciuto.statusCode()).as(sconosciuto.body()).isEqualTo(400);
        assertThat(sconosciuto.body()).contains("«STANCO» non è ammesso", "RINUNCIA");
        var senzaNota = client.postJson(chiusura, "specialistico", password, "{\"motivo\": \"ALTRO\"}");
        assertThat(senzaNota.statusCode()).isEqualTo(400);
        assertThat(senzaNota.body()).contains("Con il motivo ALTRO la nota è obbligatoria");

        var chiusa = client.postJson(
                chiusura, "informativo", password, "{\"motivo\": \"RINUNCIA\", \"nota\": \"Ha cambiato città.\"}");
        assertThat(chiusa.statusCode()).as(chiusa.body()).isEqualTo(204);
        var ancora = client.postJson(chiusura, "informativo", password, "{\"motivo\": \"RINUNCIA\"}");
        assertThat(ancora.statusCode()).isEqualTo(409);
        assertThat(ancora.body()).contains("è già chiusa");
        assertThat(jdbc.queryForObject(
                        "select motivo_chiusura from scheda_utente where numero_pratica = ?",
                        String.class,
                        primo.getBusinessKey()))
                .isEqualTo("RINUNCIA");

        var secondo = operatore.avvia(schedaAccesso(codice, "PERCORSO", true));
        assertThat(secondo.getBusinessKey()).isNotEqualTo(primo.getBusinessKey());
        prenota(secondo.getId(), slot.toString());
        assertThat(agenda.prenotato(secondo.getBusinessKey()))
                .hasValueSatisfying(prenotato ->
                        assertThat(prenotato.inizio().toLocalDateTime()).isEqualTo(slot));
    }

    private void prenota(String istanza, String quando) {
        var compito = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(istanza)
                .taskDefinitionKey("Task_ConcordaAppuntamento")
                .singleResult();
        operatore.come(() -> {
            engine.getFormService()
                    .submitTaskForm(
                            compito.getId(),
                            Map.of(
                                    Variabili.OBIETTIVI_PROSSIMO_COLLOQUIO,
                                    "Bilancio delle competenze",
                                    Variabili.DATA_APPUNTAMENTO,
                                    quando));
            return null;
        });
    }
}
