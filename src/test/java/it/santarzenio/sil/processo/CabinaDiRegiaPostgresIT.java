package it.santarzenio.sil.processo;

import static it.santarzenio.sil.accesso.CodiciFiscaliDiProva.nuovoCodiceFiscale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import it.santarzenio.sil.ApplicazioneSuPostgres;
import it.santarzenio.sil.accesso.AccessoService;
import it.santarzenio.sil.accesso.SchedaAccesso;
import it.santarzenio.sil.accesso.Sesso;
import it.santarzenio.sil.accesso.TipoRichiesta;
import it.santarzenio.sil.specialistico.CartellaSocialeService;
import it.santarzenio.sil.specialistico.NuovoDocumento;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Cabina di Regia's records on a real PostgreSQL (the production database): proposal versions and decisions
 * written by the process in the engine's transaction, the constraints that keep the act consistent, and the
 * cartella sociale's documents in bytea.
 */
@ApplicazioneSuPostgres
class CabinaDiRegiaPostgresIT {

    private final ProcessEngine engine;
    private final JdbcTemplate jdbc;
    private final AccessoService accessi;
    private final CartellaSocialeService cartelle;
    private final SportelliFaseSpecialistica sportelli;

    CabinaDiRegiaPostgresIT(
            ProcessEngine engine, JdbcTemplate jdbc, AccessoService accessi, CartellaSocialeService cartelle) {
        this.engine = engine;
        this.jdbc = jdbc;
        this.accessi = accessi;
        this.cartelle = cartelle;
        this.sportelli = new SportelliFaseSpecialistica(engine);
    }

    @BeforeEach
    void collegaAssert() {
        AbstractAssertions.init(engine);
    }

    @Test
    void propostaRivistaEApprovata_dueVersioniConLeLoroDecisioniSuPostgres() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
        var fase = sportelli.inviaAlloSpecialistico(false);
        sportelli.condividiCaso(fase);
        sportelli.orientamentoSpecialistico(fase);
        sportelli.elaboraProposta(fase, "Corso per operatore di magazzino.", "FORMAZIONE", false);
        sportelli.decidi(fase, "DA_RIVEDERE", "Indicare l'ente di formazione e la durata.");
        sportelli.elaboraProposta(
                fase, "Corso per operatore di magazzino, 120 ore, ente accreditato regionale.", "FORMAZIONE", true);
        sportelli.decidi(fase, "APPROVATA", null);

        assertThat(fase).isWaitingAt("Task_IncontroDomandaOfferta");
        var versioni = jdbc.queryForList(
                "select p.versione, p.testo, p.presentata_da, p.richiede_abbinamento, d.esito, d.motivazione,"
                        + " d.decisa_da, d.decisa_il from proposta_progettuale p"
                        + " join decisione_cabina d on d.proposta_id = p.id"
                        + " where p.numero_pratica = ? order by p.versione",
                fase.getBusinessKey());
        assertThat(versioni).hasSize(2);
        assertThat(versioni.get(0))
                .containsEntry("versione", 1)
                .containsEntry("testo", "Corso per operatore di magazzino.")
                .containsEntry("presentata_da", "specialistico")
                .containsEntry("esito", "DA_RIVEDERE")
                .containsEntry("motivazione", "Indicare l'ente di formazione e la durata.")
                .containsEntry("decisa_da", "cabina");
        assertThat(versioni.get(1))
                .containsEntry("versione", 2)
                .containsEntry("richiede_abbinamento", true)
                .containsEntry("esito", "APPROVATA")
                .containsEntry("motivazione", null)
                .containsEntry("decisa_da", "cabina");
        var approvataIl = jdbc.queryForObject(
                "select d.decisa_il from decisione_cabina d join proposta_progettuale p on p.id = d.proposta_id"
                        + " where p.numero_pratica = ? and p.versione = 2",
                OffsetDateTime.class,
                fase.getBusinessKey());
        assertThat(jdbc.queryForObject(
                        "select approvato_il from progetto where numero_pratica = ?",
                        OffsetDateTime.class,
                        fase.getBusinessKey()))
                .as("the project exists from the approval")
                .isEqualTo(approvataIl);
    }

    @Test
    void secondaDecisioneStessaVersioneOMotivazioneMancante_rifiutateDalDatabase() {
        var fase = sportelli.inviaAlloSpecialistico(false);
        sportelli.condividiCaso(fase);
        sportelli.orientamentoSpecialistico(fase);
        sportelli.elaboraProposta(fase, "Tirocinio in biblioteca.", "TIROCINIO", false);
        Long proposta = jdbc.queryForObject(
                "select id from proposta_progettuale where numero_pratica = ?", Long.class, fase.getBusinessKey());

        assertThatThrownBy(() -> jdbc.update(
                        "insert into proposta_progettuale (numero_pratica, versione, testo, tipo_progetto,"
                                + " richiede_abbinamento, presentata_da, presentata_il, scadenza_il)"
                                + " values (?, 1, 'doppione', 'TIROCINIO', false, 'x', now(), now())",
                        fase.getBusinessKey()))
                .as("one row per version of a case")
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update(
                        "insert into decisione_cabina (proposta_id, esito, decisa_da, decisa_il)"
                                + " values (?, 'RESPINTA', 'cabina', now())",
                        proposta))
                .as("a rejection without its reason")
                .isInstanceOf(DataIntegrityViolationException.class);

        sportelli.decidi(fase, "RESPINTA", "Fuori dai requisiti.");
        assertThatThrownBy(() -> jdbc.update(
                        "insert into decisione_cabina (proposta_id, esito, decisa_da, decisa_il)"
                                + " values (?, 'APPROVATA', 'altro', now())",
                        proposta))
                .as("a second decision on the same version")
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(fase).isEnded().hasPassed("EndEvent_PropostaRespinta");
    }

    @Test
    void documentoDellaCartellaSociale_salvatoERilettoInBytea() {
        String pratica = accessi.nuovoNumeroPratica();
        var registrato = accessi.registra(
                new SchedaAccesso(
                        nuovoCodiceFiscale("Neri", "Paolo", LocalDate.of(1990, 5, 2), Sesso.M),
                        "Paolo",
                        "Neri",
                        LocalDate.of(1990, 5, 2),
                        null,
                        null,
                        true,
                        "Orientamento.",
                        TipoRichiesta.PERCORSO,
                        true,
                        null),
                pratica,
                "informativo");
        accessi.apriSchedaUtente(pratica, registrato.cittadinoId(), "informativo");
        byte[] contenuto = ("%PDF-1.4\n" + "x".repeat(300_000)).getBytes(StandardCharsets.US_ASCII);

        var caricato = cartelle.caricaDocumento(
                pratica, new NuovoDocumento("isee.pdf", "application/pdf", contenuto, null), "specialistico");

        assertThat(jdbc.queryForObject(
                        "select data_type from information_schema.columns"
                                + " where table_name = 'documento_cartella' and column_name = 'contenuto'",
                        String.class))
                .isEqualTo("bytea");
        assertThat(cartelle.documento(pratica, caricato.id()).contenuto()).isEqualTo(contenuto);
        assertThat(cartelle.cartella(pratica).documenti())
                .singleElement()
                .satisfies(documento -> assertThat(documento.dimensione()).isEqualTo(contenuto.length));
    }
}
