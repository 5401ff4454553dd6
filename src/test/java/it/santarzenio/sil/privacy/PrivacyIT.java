package it.santarzenio.sil.privacy;

import static it.santarzenio.sil.accesso.CodiciFiscaliDiProva.nuovoCodiceFiscale;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.santarzenio.sil.ApplicazioneSuPostgres;
import it.santarzenio.sil.AppuntamentoIniziato;
import it.santarzenio.sil.ClientHttp;
import it.santarzenio.sil.abbinamento.AbbinamentoService;
import it.santarzenio.sil.abbinamento.DatiCandidatura;
import it.santarzenio.sil.abbinamento.DatiOfferta;
import it.santarzenio.sil.abbinamento.EsitoSegnalazione;
import it.santarzenio.sil.abbinamento.NuovaSegnalazione;
import it.santarzenio.sil.abbinamento.OfferteService;
import it.santarzenio.sil.abbinamento.TipoContratto;
import it.santarzenio.sil.accesso.AccessoService;
import it.santarzenio.sil.accesso.EsitoPercorso;
import it.santarzenio.sil.accesso.SchedaAccesso;
import it.santarzenio.sil.accesso.TipoRichiesta;
import it.santarzenio.sil.agenda.AgendaService;
import it.santarzenio.sil.agenda.RichiestaAppuntamento;
import it.santarzenio.sil.agenda.Sportello;
import it.santarzenio.sil.cabina.CabinaService;
import it.santarzenio.sil.cabina.DecisioneCabina;
import it.santarzenio.sil.cabina.Deliberazione;
import it.santarzenio.sil.cabina.PropostaProgettuale;
import it.santarzenio.sil.orientamento.CompetenzeDigitali;
import it.santarzenio.sil.orientamento.CondivisioneObiettivi;
import it.santarzenio.sil.orientamento.CondizioneOccupazionale;
import it.santarzenio.sil.orientamento.EsitoColloquio;
import it.santarzenio.sil.orientamento.EsitoPrimoLivello;
import it.santarzenio.sil.orientamento.OrientamentoService;
import it.santarzenio.sil.orientamento.PercorsoGol;
import it.santarzenio.sil.orientamento.Presenza;
import it.santarzenio.sil.orientamento.TitoloStudio;
import it.santarzenio.sil.specialistico.AvvioProgetto;
import it.santarzenio.sil.specialistico.CartellaSocialeService;
import it.santarzenio.sil.specialistico.EsitoAbbinamento;
import it.santarzenio.sil.specialistico.EsitoFinale;
import it.santarzenio.sil.specialistico.EsitoOrientamentoSpecialistico;
import it.santarzenio.sil.specialistico.NoteCondivisione;
import it.santarzenio.sil.specialistico.NuovaNota;
import it.santarzenio.sil.specialistico.NuovoDocumento;
import it.santarzenio.sil.specialistico.Rendiconto;
import it.santarzenio.sil.specialistico.RilevazioneMonitoraggio;
import it.santarzenio.sil.specialistico.RisultatoAbbinamento;
import it.santarzenio.sil.specialistico.SpecialisticoService;
import it.santarzenio.sil.specialistico.StatoProgetto;
import it.santarzenio.sil.specialistico.TipoProgetto;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Export and anonymisation of one citizen on PostgreSQL, through /api as the administrators call them. */
@ApplicazioneSuPostgres
class PrivacyIT {

    private static final AtomicInteger PRATICHE =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(100_000));

    private final ClientHttp client;
    private final String password;
    private final AccessoService accessi;
    private final OrientamentoService orientamento;
    private final AgendaService agenda;
    private final SpecialisticoService specialistico;
    private final CabinaService cabina;
    private final CartellaSocialeService cartelle;
    private final AbbinamentoService abbinamento;
    private final OfferteService offerte;
    private final JdbcTemplate jdbc;
    private final HistoryService storia;
    private final ObjectMapper json = new ObjectMapper();

    PrivacyIT(
            @LocalServerPort int porta,
            @Value("${sil.demo.password}") String password,
            AccessoService accessi,
            OrientamentoService orientamento,
            AgendaService agenda,
            SpecialisticoService specialistico,
            CabinaService cabina,
            CartellaSocialeService cartelle,
            AbbinamentoService abbinamento,
            OfferteService offerte,
            JdbcTemplate jdbc,
            HistoryService storia) {
        this.client = new ClientHttp(porta);
        this.password = password;
        this.accessi = accessi;
        this.orientamento = orientamento;
        this.agenda = agenda;
        this.specialistico = specialistico;
        this.cabina = cabina;
        this.cartelle = cartelle;
        this.abbinamento = abbinamento;
        this.offerte = offerte;
        this.jdbc = jdbc;
        this.storia = storia;
    }

    @Test
    void esportazione_tuttoCioCheSiSaDelCittadinoEUnaRigaDiAudit() throws Exception {
        String codice = nuovoCodiceFiscale();
        var pratica = percorsoCompleto(codice);

        var risposta = client.get("/api/cittadini/" + codice.toLowerCase() + "/export", "informativo", password);

        assertThat(risposta.statusCode()).as(risposta.body()).isEqualTo(200);
        JsonNode esportazione = json.readTree(risposta.body());
        assertThat(esportazione.path("esportatoDa").asText()).isEqualTo("informativo");
        var cittadino = esportazione.path("cittadino");
        assertThat(cittadino.path("codiceFiscale").asText()).isEqualTo(codice);
        assertThat(cittadino.path("nome").asText()).isEqualTo("Lucia");
        assertThat(cittadino.path("telefono").asText()).isEqualTo("+39 333 1234567");
        assertThat(cittadino.path("accessi").get(0).path("numeroPratica").asText())
                .isEqualTo(pratica);
        assertThat(cittadino.path("schedeUtente").get(0).path("esitoPercorso").asText())
                .isEqualTo("ORIENTAMENTO_CONCLUSO");
        var colloquio = esportazione.path("orientamento").path("colloqui").get(0);
        assertThat(colloquio.path("storiaProfessionale").asText()).isEqualTo("Commessa per dodici anni.");
        assertThat(colloquio.path("fragilitaSociale").asBoolean()).isTrue();
        assertThat(esportazione
                        .path("orientamento")
                        .path("profili")
                        .get(0)
                        .path("obiettivi")
                        .asText())
                .isEqualTo("Lavoro nella grande distribuzione.");
        var appuntamento = esportazione.path("appuntamenti").get(0);
        assertThat(appuntamento.path("stato").asText()).isEqualTo("SVOLTO");
        assertThat(appuntamento.path("emailCittadino").asText()).isEqualTo("lucia.esposito@example.org");
        Long id = cittadino.path("id").asLong();
        assertThat(jdbc.queryForObject(
                        "select count(*) from evento_audit where azione = 'ESPORTAZIONE' and utente = 'informativo'"
                                + " and cittadino_id = ?",
                        Long.class,
                        id))
                .isOne();
    }

    @Test
    void esportazione_soloAmministratoriESportelloInformativo() {
        String codice = nuovoCodiceFiscale();
        percorsoCompleto(codice);

        for (var utente : Map.of(
                        "admin",
                        200,
                        "informativo",
                        200,
                        "specialistico",
                        403,
                        "partner",
                        403,
                        "cabina",
                        403,
                        "responsabile",
                        403)
                .entrySet()) {
            assertThat(client.get("/api/cittadini/" + codice + "/export", utente.getKey(), password)
                            .statusCode())
                    .as(utente.getKey())
                    .isEqualTo(utente.getValue());
        }
        assertThat(client.get("/api/cittadini/" + nuovoCodiceFiscale() + "/export", "admin", password)
                        .statusCode())
                .as("unknown citizen")
                .isEqualTo(404);
    }

    @Test
    void anonimizzazione_segnapostoAlPostoDeiDatiPersonali_enumerazioniEDateRestano() throws Exception {
        String codice = nuovoCodiceFiscale();
        var pratica = percorsoCompleto(codice);
        Long id = accessi.idCittadino(codice).orElseThrow();
        assertThat(anonimizza("informativo", codice).statusCode()).isEqualTo(403);

        var risposta = anonimizza("admin", codice);

        assertThat(risposta.statusCode()).as(risposta.body()).isEqualTo(204);
        var cittadino = jdbc.queryForMap("select * from cittadino where id = ?", id);
        assertThat(cittadino.get("codice_fiscale")).isEqualTo("ANONIMO" + "%09d".formatted(id));
        assertThat(cittadino.get("nome")).isEqualTo("ANONIMIZZATO");
        assertThat(cittadino.get("cognome")).isEqualTo("ANONIMIZZATO");
        assertThat(cittadino.get("data_nascita").toString()).isEqualTo("1988-01-01");
        assertThat(cittadino.get("telefono")).isNull();
        assertThat(cittadino.get("email")).isNull();
        var accesso = jdbc.queryForMap("select * from accesso where cittadino_id = ?", id);
        assertThat(accesso.get("bisogno_espresso")).isEqualTo("ANONIMIZZATO");
        assertThat(accesso.get("tipo_richiesta")).isEqualTo("PERCORSO");
        var colloquio = jdbc.queryForMap("select * from colloquio where numero_pratica = ?", pratica);
        assertThat(colloquio.get("storia_professionale")).isEqualTo("ANONIMIZZATO");
        assertThat(colloquio.get("titolo_studio")).isEqualTo("DIPLOMA");
        assertThat(colloquio.get("mesi_senza_lavoro")).isEqualTo(14);
        var profilo = jdbc.queryForMap("select * from profilo where numero_pratica = ?", pratica);
        assertThat(profilo.get("obiettivi")).isEqualTo("ANONIMIZZATO");
        assertThat(profilo.get("percorso_confermato")).isEqualTo("REINSERIMENTO");
        var appuntamento = jdbc.queryForMap("select * from appuntamento where numero_pratica = ?", pratica);
        assertThat(appuntamento.get("obiettivi")).isNull();
        assertThat(appuntamento.get("email_cittadino")).isNull();
        assertThat(appuntamento.get("stato")).isEqualTo("SVOLTO");
        assertThat(jdbc.queryForObject(
                        "select count(*) from avviso_email where appuntamento_id = ?",
                        Long.class,
                        appuntamento.get("id")))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from scheda_utente where numero_pratica = ? and esito_percorso = ?",
                        Long.class,
                        pratica,
                        "ORIENTAMENTO_CONCLUSO"))
                .isOne();
        assertThat(jdbc.queryForObject(
                        "select utente from evento_audit where azione = 'ANONIMIZZAZIONE' and cittadino_id = ?",
                        String.class,
                        id))
                .isEqualTo("admin");
        assertThat(client.get("/api/cittadini/" + codice + "/export", "admin", password)
                        .statusCode())
                .as("the code is gone")
                .isEqualTo(404);
    }

    @Test
    void anonimizzazione_cancellaLaStoriaDelMotoreDelleSuePratiche() throws Exception {
        String codice = nuovoCodiceFiscale();
        var avvio = avviaViaRest(codice, false);
        assertThat(avvio.statusCode()).as(avvio.body()).isEqualTo(200);
        String istanza = json.readTree(avvio.body()).path("id").asText();
        assertThat(storia.createHistoricVariableInstanceQuery()
                        .processInstanceId(istanza)
                        .count())
                .isPositive();

        assertThat(anonimizza("admin", codice).statusCode()).isEqualTo(204);

        assertThat(storia.createHistoricProcessInstanceQuery()
                        .processInstanceId(istanza)
                        .count())
                .isZero();
        assertThat(storia.createHistoricVariableInstanceQuery()
                        .processInstanceId(istanza)
                        .count())
                .isZero();
        assertThat(storia.createHistoricDetailQuery().processInstanceId(istanza).count())
                .isZero();
    }

    @Test
    void anonimizzazioneConPraticaAperta_409ConMessaggioItalianoENienteCambia() throws Exception {
        String codice = nuovoCodiceFiscale();
        assertThat(avviaViaRest(codice, true).statusCode()).isEqualTo(200);

        var risposta = anonimizza("admin", codice);

        assertThat(risposta.statusCode()).isEqualTo(409);
        assertThat(json.readTree(risposta.body()).path("detail").asText())
                .isEqualTo("Il cittadino " + codice + " ha una pratica ancora aperta: si può anonimizzare solo"
                        + " quando tutte le sue pratiche sono chiuse.");
        assertThat(accessi.datiCittadino(codice).orElseThrow().nome()).isEqualTo("Lucia");
    }

    @Test
    void esportazioneDopoLaFaseII_progettoCabinaCartellaSocialeEAbbinamento() throws Exception {
        String codice = nuovoCodiceFiscale();
        String segno = segnoUnico();
        var pratica = percorsoConFaseII(codice, segno);

        var risposta = client.get("/api/cittadini/" + codice + "/export", "admin", password);

        assertThat(risposta.statusCode()).as(risposta.body()).isEqualTo(200);
        JsonNode esportazione = json.readTree(risposta.body());
        var specialistica = esportazione.path("specialistico");
        assertThat(specialistica.path("attivita").findValuesAsText("testo"))
                .containsExactly("Caso condiviso " + segno, "Orientamento specialistico " + segno);
        var progetto = specialistica.path("progetti").get(0);
        assertThat(progetto.path("numeroPratica").asText()).isEqualTo(pratica);
        assertThat(progetto.path("tipoProgetto").asText()).isEqualTo("TIROCINIO");
        assertThat(progetto.path("stato").asText()).isEqualTo("CONCLUSO");
        assertThat(progetto.path("enteOspitante").asText()).isEqualTo("Supermercato " + segno);
        assertThat(progetto.path("noteAbbinamento").asText()).isEqualTo("Nessuna offerta " + segno);
        assertThat(progetto.path("monitoraggi").get(0).path("note").asText()).isEqualTo("Monitoraggio " + segno);
        assertThat(progetto.path("rendicontazione").path("relazioneFinale").asText())
                .isEqualTo("Relazione " + segno);
        assertThat(progetto.path("rendicontazione").path("esitoFinale").asText())
                .isEqualTo("TIROCINIO_CONCLUSO");
        var versioni = esportazione.path("proposte").get(0).path("versioni");
        assertThat(versioni.findValuesAsText("testo"))
                .containsExactly("Proposta " + segno, "Proposta rivista " + segno);
        assertThat(versioni.get(0).path("decisione").asText()).isEqualTo("DA_RIVEDERE");
        assertThat(versioni.get(0).path("motivazione").asText()).isEqualTo("Da rivedere " + segno);
        assertThat(versioni.get(1).path("decisione").asText()).isEqualTo("APPROVATA");
        var cartella = esportazione.path("cartelleSociali").get(0);
        assertThat(cartella.path("note").get(0).path("testo").asText()).isEqualTo("Nota " + segno);
        var documento = cartella.path("documenti").get(0);
        assertThat(documento.path("nomeFile").asText()).isEqualTo("cv-" + segno + ".pdf");
        assertThat(new String(
                        Base64.getDecoder().decode(documento.path("contenuto").asText()), StandardCharsets.UTF_8))
                .isEqualTo("%PDF-1.4 curriculum " + segno);
        var matching = esportazione.path("abbinamento").get(0);
        assertThat(matching.path("professioniDesiderate").findValuesAsText("codice"))
                .containsExactly("5.1.2");
        assertThat(matching.path("comune").asText()).isEqualTo("Borgo " + segno);
        var segnalazione = matching.path("segnalazioni").get(0);
        assertThat(segnalazione.path("esito").asText()).isEqualTo("NON_SELEZIONATO");
        assertThat(segnalazione.path("motivo").asText()).isEqualTo("Non selezionata " + segno);
    }

    @Test
    void anonimizzazioneDopoLaFaseII_nessunTestoLiberoRestaEdEsitiETipiSiConservano() {
        String codice = nuovoCodiceFiscale();
        String segno = segnoUnico();
        var pratica = percorsoConFaseII(codice, segno);
        assertThat(colonneCheContengono(segno)).as("before").hasSizeGreaterThan(10);

        var risposta = anonimizza("admin", codice);

        assertThat(risposta.statusCode()).as(risposta.body()).isEqualTo(204);
        // Every text column of every table: a module that is skipped leaves its texts behind.
        assertThat(colonneCheContengono(segno)).isEmpty();
        var progetto = jdbc.queryForMap("select * from progetto where numero_pratica = ?", pratica);
        assertThat(progetto.get("ente_ospitante")).isEqualTo("ANONIMIZZATO");
        assertThat(progetto.get("note_abbinamento")).isEqualTo("ANONIMIZZATO");
        assertThat(progetto.get("tipo")).isEqualTo("TIROCINIO");
        assertThat(progetto.get("esito_abbinamento")).isEqualTo("NESSUNA_OFFERTA_IDONEA");
        assertThat(progetto.get("data_avvio")).isNotNull();
        assertThat(jdbc.queryForMap(
                        "select m.note, m.stato_progetto from monitoraggio m join progetto p on p.id = m.progetto_id"
                                + " where p.numero_pratica = ?",
                        pratica))
                .containsEntry("note", "ANONIMIZZATO")
                .containsEntry("stato_progetto", "CONCLUSO");
        assertThat(jdbc.queryForMap(
                        "select r.relazione_finale, r.esito_finale from rendicontazione r"
                                + " join progetto p on p.id = r.progetto_id where p.numero_pratica = ?",
                        pratica))
                .containsEntry("relazione_finale", "ANONIMIZZATO")
                .containsEntry("esito_finale", "TIROCINIO_CONCLUSO");
        assertThat(jdbc.queryForList(
                        "select testo from attivita_specialistica where numero_pratica = ?", String.class, pratica))
                .containsExactly("ANONIMIZZATO", "ANONIMIZZATO");
        assertThat(jdbc.queryForList(
                        "select p.testo || ' ' || p.tipo_progetto || ' ' || d.esito || ' '"
                                + " || coalesce(d.motivazione, '-') from proposta_progettuale p"
                                + " join decisione_cabina d on d.proposta_id = p.id where p.numero_pratica = ?"
                                + " order by p.versione",
                        String.class,
                        pratica))
                .containsExactly(
                        "ANONIMIZZATO TIROCINIO DA_RIVEDERE ANONIMIZZATO", "ANONIMIZZATO TIROCINIO APPROVATA -");
        assertThat(jdbc.queryForObject(
                        "select testo from nota_cartella where numero_pratica = ?", String.class, pratica))
                .isEqualTo("ANONIMIZZATO");
        var documento = jdbc.queryForMap("select * from documento_cartella where numero_pratica = ?", pratica);
        assertThat((byte[]) documento.get("contenuto")).isEmpty();
        assertThat(documento.get("dimensione")).isEqualTo(0L);
        assertThat(documento.get("nome_file")).isEqualTo("ANONIMIZZATO");
        assertThat(documento.get("descrizione")).isEqualTo("ANONIMIZZATO");
        assertThat(documento.get("tipo_contenuto")).isEqualTo("application/pdf");
        assertThat(jdbc.queryForObject(
                        "select comune from candidatura where numero_pratica = ?", String.class, pratica))
                .isEqualTo("ANONIMIZZATO");
        assertThat(jdbc.queryForList(
                        "select codice from professione_desiderata where numero_pratica = ?", String.class, pratica))
                .containsExactly("5.1.2");
        assertThat(jdbc.queryForMap("select motivo, esito from segnalazione where numero_pratica = ?", pratica))
                .containsEntry("motivo", "ANONIMIZZATO")
                .containsEntry("esito", "NON_SELEZIONATO");
    }

    /** A case from the scheda d'accesso to the shared goals, closed, with a held appointment. */
    private String percorsoCompleto(String codice) {
        String pratica = "SIL-2026-9" + "%05d".formatted(PRATICHE.incrementAndGet() % 100_000);
        var registrato = accessi.registra(
                new SchedaAccesso(
                        codice,
                        "Lucia",
                        "Esposito",
                        LocalDate.of(1988, 4, 21),
                        "+39 333 1234567",
                        "lucia.esposito@example.org",
                        true,
                        "Cerca lavoro dopo la chiusura del negozio.",
                        TipoRichiesta.PERCORSO,
                        true,
                        null),
                pratica,
                "informativo");
        accessi.apriSchedaUtente(pratica, registrato.cittadinoId(), "informativo");
        var slot = agenda.slotLiberi(
                        Sportello.INFORMATIVO, LocalDate.now().plusYears(3).plusDays(PRATICHE.get() % 300), 1)
                .get(0);
        agenda.prenota(new RichiestaAppuntamento(
                pratica,
                registrato.cittadinoId(),
                Sportello.INFORMATIVO,
                slot.toLocalDateTime(),
                "informativo",
                "Portare il curriculum.",
                "lucia.esposito@example.org"));
        orientamento.registraColloquio(
                pratica,
                new EsitoColloquio(
                        Presenza.PRESENTE,
                        TitoloStudio.DIPLOMA,
                        CondizioneOccupazionale.DISOCCUPATO,
                        14,
                        "Commessa per dodici anni.",
                        true,
                        CompetenzeDigitali.BASE,
                        true),
                "informativo");
        AppuntamentoIniziato.per(jdbc, pratica);
        agenda.registraEsito(pratica, true);
        orientamento.registraObiettivi(
                pratica,
                new CondivisioneObiettivi(
                        PercorsoGol.REINSERIMENTO,
                        PercorsoGol.REINSERIMENTO,
                        null,
                        "Lavoro nella grande distribuzione.",
                        EsitoPrimoLivello.CONCLUSO,
                        null,
                        null),
                "regola",
                "Decision_Profilazione:1",
                "informativo");
        accessi.chiudiPercorso(pratica, EsitoPercorso.ORIENTAMENTO_CONCLUSO);
        return pratica;
    }

    /**
     * A case sent to Fase II, every free text marked with {@code segno}: specialist journal, a proposal sent back and
     * then approved by the Cabina di Regia, wished occupations and a referral, the matching outcome, the project
     * started, monitored, concluded and reported on, a note and a document in the cartella sociale; then closed.
     */
    private String percorsoConFaseII(String codice, String segno) {
        String pratica = "SIL-2026-8" + "%05d".formatted(PRATICHE.incrementAndGet() % 100_000);
        var registrato = accessi.registra(
                new SchedaAccesso(
                        codice,
                        "Lucia",
                        "Esposito",
                        LocalDate.of(1988, 4, 21),
                        null,
                        null,
                        true,
                        "Vuole un tirocinio " + segno,
                        TipoRichiesta.PERCORSO,
                        true,
                        null),
                pratica,
                "informativo");
        accessi.apriSchedaUtente(pratica, registrato.cittadinoId(), "informativo");
        specialistico.condividiCaso(pratica, new NoteCondivisione("Caso condiviso " + segno), "specialistico");
        specialistico.registraOrientamento(
                pratica, new EsitoOrientamentoSpecialistico("Orientamento specialistico " + segno), "specialistico");
        cabina.presenta(
                pratica, new PropostaProgettuale("Proposta " + segno, TipoProgetto.TIROCINIO, true), "specialistico");
        cabina.decidi(pratica, new Deliberazione(DecisioneCabina.DA_RIVEDERE, "Da rivedere " + segno), "cabina");
        cabina.presenta(
                pratica,
                new PropostaProgettuale("Proposta rivista " + segno, TipoProgetto.TIROCINIO, true),
                "specialistico");
        cabina.decidi(pratica, new Deliberazione(DecisioneCabina.APPROVATA, null), "cabina");
        abbinamento.impostaCandidatura(
                pratica, new DatiCandidatura(List.of("5.1.2"), true, "Borgo " + segno), "specialistico");
        var oggi = LocalDate.now();
        var offerta = offerte.crea(
                new DatiOfferta(
                        "Alimentari Srl",
                        "Addetta alle vendite",
                        "5.1.2",
                        "Sant'Arzenio",
                        TipoContratto.TEMPO_DETERMINATO,
                        30,
                        null,
                        false,
                        List.of(),
                        null,
                        oggi,
                        oggi.plusDays(30)),
                "partner");
        abbinamento.segnala(
                pratica,
                new NuovaSegnalazione(
                        offerta.id(), oggi, EsitoSegnalazione.NON_SELEZIONATO, "Non selezionata " + segno),
                "partner");
        abbinamento.registraEsito(
                pratica,
                new RisultatoAbbinamento(EsitoAbbinamento.NESSUNA_OFFERTA_IDONEA, null, "Nessuna offerta " + segno),
                "partner");
        specialistico.avvia(pratica, new AvvioProgetto(oggi, "Supermercato " + segno), "specialistico");
        specialistico.registraMonitoraggio(
                pratica, new RilevazioneMonitoraggio(StatoProgetto.CONCLUSO, "Monitoraggio " + segno), "specialistico");
        specialistico.rendiconta(
                pratica, new Rendiconto(EsitoFinale.TIROCINIO_CONCLUSO, "Relazione " + segno), "specialistico");
        cartelle.aggiungiNota(pratica, new NuovaNota("Nota " + segno), "specialistico");
        cartelle.caricaDocumento(
                pratica,
                new NuovoDocumento(
                        "cv-" + segno + ".pdf",
                        "application/pdf",
                        ("%PDF-1.4 curriculum " + segno).getBytes(StandardCharsets.UTF_8),
                        "Curriculum " + segno),
                "specialistico");
        accessi.chiudiPercorso(pratica, EsitoPercorso.PROGETTO_CONCLUSO);
        return pratica;
    }

    /** A word no other test writes, to find every copy of this test's free texts. */
    private static String segnoUnico() {
        return "Zefiro" + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000);
    }

    /** "table.column" of every text column of the database that contains {@code testo}. */
    private List<String> colonneCheContengono(String testo) {
        var trovate = new ArrayList<String>();
        jdbc.queryForList("select table_name, column_name from information_schema.columns where table_schema = 'public'"
                        + " and data_type in ('character varying', 'text')")
                .forEach(colonna -> {
                    String tabella = (String) colonna.get("table_name");
                    String nome = (String) colonna.get("column_name");
                    Long quante = jdbc.queryForObject(
                            "select count(*) from \"" + tabella + "\" where \"" + nome + "\" like ?",
                            Long.class,
                            "%" + testo + "%");
                    if (quante > 0) {
                        trovate.add(tabella + "." + nome);
                    }
                });
        return trovate;
    }

    private HttpResponse<String> anonimizza(String utente, String codice) {
        return client.invia("POST", "/api/cittadini/" + codice + "/anonimizza", utente, password, null, null);
    }

    private HttpResponse<String> avviaViaRest(String codice, boolean aderisce) throws Exception {
        var variabili = new LinkedHashMap<String, Object>();
        Map.of(
                        "codiceFiscale", codice,
                        "nome", "Lucia",
                        "cognome", "Esposito",
                        "dataNascita", "1988-04-21",
                        "informativaPrivacy", true,
                        "bisognoEspresso", "Cerca lavoro.",
                        "tipoRichiesta", "PERCORSO",
                        "aderisceOrientamento", aderisce)
                .forEach((nome, valore) -> variabili.put(nome, Map.of("value", valore)));
        return client.invia(
                "POST",
                "/engine-rest/process-definition/key/PercorsoCittadinoProcess/submit-form",
                "informativo",
                password,
                "application/json",
                json.writeValueAsString(Map.of("variables", variabili)).getBytes(StandardCharsets.UTF_8));
    }
}
