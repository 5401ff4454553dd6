package it.santarzenio.sil.processo;

import static it.santarzenio.sil.abbinamento.OfferteDiProva.offerta;
import static it.santarzenio.sil.processo.SportelliFaseSpecialistica.CABINA;
import static it.santarzenio.sil.processo.SportelliFaseSpecialistica.PARTNER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import it.santarzenio.sil.abbinamento.AbbinamentoService;
import it.santarzenio.sil.abbinamento.DatiCandidatura;
import it.santarzenio.sil.abbinamento.EsitoSegnalazione;
import it.santarzenio.sil.abbinamento.NuovaSegnalazione;
import it.santarzenio.sil.abbinamento.OfferteService;
import it.santarzenio.sil.abbinamento.Segnalazione;
import it.santarzenio.sil.accesso.AccessoService;
import it.santarzenio.sil.accesso.CodiciFiscaliDiProva;
import it.santarzenio.sil.accesso.SchedaAccesso;
import it.santarzenio.sil.accesso.Sesso;
import it.santarzenio.sil.accesso.TipoRichiesta;
import it.santarzenio.sil.cabina.CabinaService;
import it.santarzenio.sil.cabina.DecisioneCabina;
import it.santarzenio.sil.cabina.VersioneProposta;
import it.santarzenio.sil.orientamento.CompetenzeDigitali;
import it.santarzenio.sil.orientamento.CondizioneOccupazionale;
import it.santarzenio.sil.orientamento.EsitoColloquio;
import it.santarzenio.sil.orientamento.OrientamentoService;
import it.santarzenio.sil.orientamento.Presenza;
import it.santarzenio.sil.orientamento.TitoloStudio;
import it.santarzenio.sil.specialistico.EsitoAbbinamento;
import it.santarzenio.sil.specialistico.EsitoFinale;
import it.santarzenio.sil.specialistico.SpecialisticoService;
import it.santarzenio.sil.specialistico.StatoProgetto;
import it.santarzenio.sil.specialistico.TipoProgetto;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * OrientamentoSpecialisticoProcess (processes/orientamento-specialistico.bpmn): one method per path, with the real
 * domain on H2, each task completed by a member of its group.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:percorso;DB_CLOSE_DELAY=-1")
class OrientamentoSpecialisticoProcessTest {

    private static final ZoneId ROMA = ZoneId.of("Europe/Rome");

    @Autowired
    ProcessEngine engine;

    @Autowired
    SpecialisticoService specialistico;

    @Autowired
    CabinaService cabina;

    @Autowired
    AccessoService accessi;

    @Autowired
    OrientamentoService orientamento;

    @Autowired
    OfferteService offerte;

    @Autowired
    AbbinamentoService abbinamento;

    SportelliFaseSpecialistica sportelli;

    @BeforeEach
    void collegaAssert() {
        AbstractAssertions.init(engine);
        sportelli = new SportelliFaseSpecialistica(engine);
    }

    @Test
    void progettoDefinito_condivisioneAvvioMonitoraggioERendicontazione() {
        var fase = sportelli.inviaAlloSpecialistico(true);

        assertThat(fase).isWaitingAt("Task_CondivisioneProgetto");
        assertThat(task(fase)).hasCandidateGroup("sportello-specialistico");
        sportelli.condividiProgetto(fase);
        sportelli.orientamentoSecondoLivello(fase, "TIROCINIO", false);

        assertThat(fase).hasPassed("Task_RegistraOrientamentoSecondoLivello").isWaitingAt("Task_AvvioProgetto");
        assertThat(fase).variables().containsEntry(VariabiliSpecialistico.RICHIEDE_ABBINAMENTO, false);
        sportelli.avvia(fase, LocalDate.now(ROMA));
        sportelli.monitora(fase, "CONCLUSO");
        sportelli.rendiconta(fase, "TIROCINIO_CONCLUSO");

        assertThat(fase)
                .isEnded()
                .hasPassed("Task_Rendicontazione", "EndEvent_ProgettoConcluso")
                .hasNotPassed("Task_CondivisioneCaso", "Task_DecisioneCabinaDiRegia", "Task_IncontroDomandaOfferta");
        assertThat(esitoFase(fase)).isEqualTo("PROGETTO_CONCLUSO");
        var progetto = specialistico.progetto(fase.getBusinessKey()).orElseThrow();
        assertThat(progetto.progettoDefinito()).isTrue();
        assertThat(progetto.tipoProgetto()).isEqualTo(TipoProgetto.TIROCINIO);
        assertThat(progetto.approvatoDa()).as("who defined it").isEqualTo("specialistico");
        assertThat(progetto.stato()).isEqualTo(StatoProgetto.CONCLUSO);
        assertThat(progetto.enteOspitante()).isEqualTo("Logistica Adriatica S.r.l.");
        assertThat(progetto.monitoraggi()).isEqualTo(1);
        assertThat(progetto.esitoFinale()).isEqualTo(EsitoFinale.TIROCINIO_CONCLUSO);
    }

    @Test
    void progettoDaDefinireApprovato_abbinamentoSenzaOfferteEProgettoConcluso() {
        var fase = sportelli.inviaAlloSpecialistico(false);

        assertThat(fase).isWaitingAt("Task_CondivisioneCaso");
        sportelli.condividiCaso(fase);
        sportelli.orientamentoSpecialistico(fase);
        sportelli.elaboraProposta(fase, "Tirocinio di sei mesi in un magazzino.", "TIROCINIO", true);

        assertThat(fase).isWaitingAt("Task_DecisioneCabinaDiRegia");
        assertThat(sportelli.cabinaDi(fase)).isWaitingAt("Task_ApprovazioneCabinaDiRegia");
        assertThat(task(sportelli.cabinaDi(fase))).hasCandidateGroup("cabina-di-regia");
        assertThat(fase).variables().containsEntry(VariabiliSpecialistico.VERSIONE_PROPOSTA, 1);
        sportelli.decidi(fase, "APPROVATA", null);

        assertThat(fase).isWaitingAt("Task_IncontroDomandaOfferta");
        var incontro = sportelli.abbinamentoDi(fase);
        assertThat(incontro).isWaitingAt("Task_AbbinamentoDomandaOfferta");
        assertThat(task(incontro)).hasCandidateGroup("societa-partner");
        assertThat(incontro.getBusinessKey()).isEqualTo(fase.getBusinessKey());
        assertThat(incontro)
                .variables()
                .as("only what the matching needs goes to the partner's instance, and the instance's own due date")
                .containsOnlyKeys(
                        Variabili.NUMERO_PRATICA,
                        Variabili.NOME,
                        Variabili.COGNOME,
                        VariabiliSpecialistico.TIPO_PROGETTO,
                        VariabiliSpecialistico.SCADENZA_ABBINAMENTO);
        sportelli.abbina(fase, "NESSUNA_OFFERTA_IDONEA", null, "Nessun magazzino assume in zona questo mese.");

        assertThat(incontro).isEnded().hasPassed("Task_RegistraAbbinamento", "EndEvent_AbbinamentoRegistrato");
        assertThat(fase).isWaitingAt("Task_AvvioProgetto").hasPassed("Task_IncontroDomandaOfferta");
        assertThat(fase)
                .variables()
                .containsEntry(VariabiliSpecialistico.ESITO_ABBINAMENTO, "NESSUNA_OFFERTA_IDONEA")
                .containsEntry(VariabiliSpecialistico.NOTE_ABBINAMENTO, "Nessun magazzino assume in zona questo mese.");
        sportelli.avvia(fase, LocalDate.now(ROMA));
        sportelli.monitora(fase, "CONCLUSO");
        sportelli.rendiconta(fase, "OCCUPATO");

        assertThat(fase).isEnded().hasPassed("EndEvent_ProgettoConcluso");
        assertThat(esitoFase(fase)).isEqualTo("PROGETTO_CONCLUSO");
        var decisione = cabina.storico(fase.getBusinessKey()).get(0);
        assertThat(decisione.decisione()).isEqualTo(DecisioneCabina.APPROVATA);
        assertThat(decisione.decisaDa())
                .as("the committee member who completed the task")
                .isEqualTo("cabina");
        var progetto = specialistico.progetto(fase.getBusinessKey()).orElseThrow();
        assertThat(progetto.progettoDefinito()).isFalse();
        assertThat(progetto.approvatoIl()).isEqualTo(decisione.decisaIl());
        assertThat(progetto.esitoAbbinamento()).isEqualTo(EsitoAbbinamento.NESSUNA_OFFERTA_IDONEA);

        var storia = engine.getHistoryService();
        var istanze = List.of(fase.getId(), incontro.getId());
        var scritteNellaStoria = new ArrayList<String>();
        for (String istanza : istanze) {
            storia.createHistoricVariableInstanceQuery().processInstanceId(istanza).includeDeleted().list().stream()
                    .map(variabile -> variabile.getName())
                    .forEach(scritteNellaStoria::add);
            storia.createHistoricDetailQuery().processInstanceId(istanza).list().stream()
                    .map(dettaglio -> dettaglio instanceof HistoricVariableUpdate aggiornamento
                            ? aggiornamento.getVariableName()
                            : ((HistoricFormField) dettaglio).getFieldId())
                    .forEach(scritteNellaStoria::add);
        }
        assertThat(scritteNellaStoria)
                .as("the engine's history keeps the case's facts but none of the free texts")
                .contains(VariabiliSpecialistico.TIPO_PROGETTO, VariabiliSpecialistico.ESITO_ABBINAMENTO)
                .doesNotContain(
                        Variabili.OBIETTIVI,
                        VariabiliSpecialistico.NOTE_CONDIVISIONE,
                        VariabiliSpecialistico.ESITO_ORIENTAMENTO,
                        VariabiliSpecialistico.PROPOSTA_PROGETTUALE,
                        VariabiliSpecialistico.NOTE_ABBINAMENTO,
                        VariabiliSpecialistico.NOTE_MONITORAGGIO,
                        VariabiliSpecialistico.RELAZIONE_FINALE,
                        VariabiliSpecialistico.STORICO_PROPOSTA,
                        VariabiliSpecialistico.PROFILO_ABBINAMENTO,
                        VariabiliSpecialistico.SEGNALAZIONI_ABBINAMENTO);
    }

    @Test
    void propostaDaRivedere_nuovaVersioneConLaMotivazioneEPoiApprovata() {
        var fase = propostaPresentata("Corso di informatica di base.", "FORMAZIONE", false);
        sportelli.decidi(fase, "DA_RIVEDERE", "Manca la durata del corso e l'ente che lo eroga.");

        assertThat(fase).isWaitingAt("Task_ElaborazioneProposta").hasPassed("Task_DecisioneCabinaDiRegia");
        assertThat(fase)
                .variables()
                .as("the form shows the committee's reason")
                .containsEntry(VariabiliSpecialistico.DECISIONE_CABINA, "DA_RIVEDERE")
                .containsEntry(
                        VariabiliSpecialistico.MOTIVAZIONE_CABINA, "Manca la durata del corso e l'ente che lo eroga.");
        sportelli.elaboraProposta(
                fase, "Corso di informatica di base, 80 ore, presso il CPIA di zona.", "FORMAZIONE", false);

        assertThat(fase).isWaitingAt("Task_DecisioneCabinaDiRegia");
        assertThat(sportelli.cabinaDi(fase))
                .variables()
                .as("the committee's form starts without the previous decision")
                .doesNotContainKeys(VariabiliSpecialistico.DECISIONE_CABINA, VariabiliSpecialistico.MOTIVAZIONE_CABINA)
                .containsEntry(VariabiliSpecialistico.VERSIONE_PROPOSTA, 2);
        assertThat((String)
                        engine.getRuntimeService().getVariable(fase.getId(), VariabiliSpecialistico.STORICO_PROPOSTA))
                .contains("**Versione 1**", "Corso di informatica di base.", "da rivedere", "Manca la durata");
        sportelli.decidi(fase, "APPROVATA", "");

        assertThat(fase).isWaitingAt("Task_AvvioProgetto").hasNotPassed("Task_IncontroDomandaOfferta");
        var versioni = cabina.storico(fase.getBusinessKey());
        assertThat(versioni).extracting(VersioneProposta::versione).containsExactly(1, 2);
        assertThat(versioni)
                .extracting(VersioneProposta::decisione)
                .containsExactly(DecisioneCabina.DA_RIVEDERE, DecisioneCabina.APPROVATA);
        assertThat(versioni.get(0).testo()).isEqualTo("Corso di informatica di base.");
        assertThat(versioni.get(1).motivazione())
                .as("an empty reason is no reason")
                .isNull();
        assertThat(versioni)
                .allSatisfy(versione -> assertThat(versione.decisaDa()).isEqualTo("cabina"));
    }

    @Test
    void propostaRespinta_faseChiusaConPropostaRespintaESenzaProgetto() {
        var fase = propostaPresentata("Avvio di un'attività di autoimpiego.", "AUTOIMPIEGO", false);
        sportelli.decidi(fase, "RESPINTA", "Il cittadino non ha i requisiti del bando per l'autoimpiego.");

        assertThat(fase)
                .isEnded()
                .hasPassed("EndEvent_PropostaRespinta")
                .hasNotPassed("Task_AvvioProgetto", "EndEvent_ProgettoConcluso");
        assertThat(esitoFase(fase)).isEqualTo("PROPOSTA_RESPINTA");
        assertThat(specialistico.progetto(fase.getBusinessKey())).isEmpty();
        assertThat(cabina.storico(fase.getBusinessKey()))
                .singleElement()
                .satisfies(versione -> assertThat(versione.motivazione()).startsWith("Il cittadino non ha"));
    }

    @Test
    void decisioneSenzaMotivazioneOValoreSconosciuto_compitoRestaAperto() {
        var fase = propostaPresentata("Tirocinio in biblioteca.", "TIROCINIO", false);

        assertThatThrownBy(() -> sportelli.decidi(fase, "RESPINTA", "  "))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("richiede la motivazione della Cabina di Regia");
        assertThatThrownBy(() -> sportelli.decidi(fase, "RINVIATA", "Da discutere."))
                .hasMessageContaining("«RINVIATA» non è ammesso")
                .hasMessageContaining("APPROVATA, DA_RIVEDERE, RESPINTA");

        assertThat(sportelli.cabinaDi(fase)).isWaitingAt("Task_ApprovazioneCabinaDiRegia");
        assertThat(cabina.storico(fase.getBusinessKey()))
                .singleElement()
                .satisfies(versione -> assertThat(versione.decisa()).isFalse());
    }

    @Test
    void partnerSulCompitoDellaCabina_nonAutorizzato() {
        var fase = propostaPresentata("Tirocinio in biblioteca.", "TIROCINIO", false);
        var decisione = sportelli.cabinaDi(fase);
        var compito = task(decisione);

        assertThatThrownBy(() -> sportelli.completa(
                        decisione,
                        "Task_ApprovazioneCabinaDiRegia",
                        PARTNER,
                        Map.of(VariabiliSpecialistico.DECISIONE_CABINA, "APPROVATA")))
                .isInstanceOf(AuthorizationException.class);
        assertThat(decisione).isWaitingAt("Task_ApprovazioneCabinaDiRegia");
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskId(compito.getId())
                        .taskCandidateGroup(CABINA.gruppo().id())
                        .count())
                .isOne();
    }

    @Test
    void abbinamentoAccettatoSenzaOfferta_rifiutatoPoiConOffertaRegistrato() {
        var fase = sportelli.inviaAlloSpecialistico(true);
        sportelli.condividiProgetto(fase);
        sportelli.orientamentoSecondoLivello(fase, "LAVORO", true);

        assertThatThrownBy(() -> sportelli.abbina(fase, "PROPOSTA_ACCETTATA", null, null))
                .hasMessageContaining("indicare l'offerta scelta dal cittadino");
        assertThatThrownBy(() -> sportelli.abbina(fase, "RIFIUTATA_DAL_CITTADINO", null, ""))
                .hasMessageContaining("indicare il motivo");
        assertThatThrownBy(() -> sportelli.abbina(fase, "PROPOSTA_ACCETTATA", 999_999L, null))
                .hasMessageContaining("L'offerta 999999 indicata come accettata non esiste");
        long offerta = offerte.crea(offerta("Addetta al carico merci", "8.1.3"), "partner")
                .id();
        sportelli.abbina(fase, "PROPOSTA_ACCETTATA", offerta, null);

        assertThat(fase).isWaitingAt("Task_AvvioProgetto");
        assertThat(specialistico.progetto(fase.getBusinessKey()).orElseThrow().offertaId())
                .isEqualTo(offerta);
    }

    @Test
    void abbinamento_offerteOrdinateComeScelteEIlRifiutoConISuoiMotiviAllAvvio() {
        var fase = sportelli.inviaAlloSpecialistico(true);
        var pratica = fase.getBusinessKey();
        praticaValutata(pratica, "MRNGLI92B45L736D");
        abbinamento.impostaCandidatura(pratica, new DatiCandidatura(List.of("8.1.3"), true, null), "specialistico");
        long lontana =
                offerte.crea(offerta("Impiegata contabile", "4.1.1"), "partner").id();
        long vicina = offerte.crea(offerta("Addetta al carico merci", "8.1.3"), "partner")
                .id();
        sportelli.condividiProgetto(fase);
        sportelli.orientamentoSecondoLivello(fase, "LAVORO", true);

        assertThat(fase).isWaitingAt("Task_IncontroDomandaOfferta");
        var compito = task(sportelli.abbinamentoDi(fase));
        var locali = engine.getTaskService().getVariablesLocal(compito.getId());
        var scelte = locali.get(VariabiliSpecialistico.OFFERTE_PROPOSTE).toString();
        assertThat(scelte.indexOf("\"value\":\"" + vicina + "\""))
                .as("the closest offer comes before the farther one in " + scelte)
                .isNotNegative()
                .isLessThan(scelte.indexOf("\"value\":\"" + lontana + "\""));
        assertThat((String) locali.get(VariabiliSpecialistico.MOTIVI_ABBINAMENTO))
                .contains("Stessa classe professionale 8.1.3", "Professione 4.1.1 lontana da quelle desiderate");
        assertThat((String) locali.get(VariabiliSpecialistico.PROFILO_ABBINAMENTO))
                .contains("Titolo di studio: DIPLOMA", "8.1.3 Personale non qualificato", "Patente: sì")
                .doesNotContainIgnoringCase("fragilit");

        abbinamento.segnala(
                pratica,
                new NuovaSegnalazione(vicina, LocalDate.now(ROMA), EsitoSegnalazione.NON_SELEZIONATO, "Turni notturni"),
                "partner");
        sportelli.abbina(fase, "RIFIUTATA_DAL_CITTADINO", null, "Preferisce un lavoro diurno vicino a casa.");

        assertThat(fase).isWaitingAt("Task_AvvioProgetto");
        assertThat(fase)
                .variables()
                .containsEntry(VariabiliSpecialistico.ESITO_ABBINAMENTO, "RIFIUTATA_DAL_CITTADINO")
                .containsEntry(VariabiliSpecialistico.NOTE_ABBINAMENTO, "Preferisce un lavoro diurno vicino a casa.");
        assertThat((String) engine.getRuntimeService()
                        .getVariable(fase.getId(), VariabiliSpecialistico.SEGNALAZIONI_ABBINAMENTO))
                .contains("Addetta al carico merci", "non selezionato - Turni notturni");
        assertThat(specialistico.progetto(pratica).orElseThrow().esitoAbbinamento())
                .isEqualTo(EsitoAbbinamento.RIFIUTATA_DAL_CITTADINO);

        abbinamento.segnala(
                pratica,
                new NuovaSegnalazione(lontana, LocalDate.now(ROMA), EsitoSegnalazione.COLLOQUIO_FISSATO, null),
                "partner");
        sportelli.avvia(fase, LocalDate.now(ROMA));
        assertThat((String) engine.getTaskService()
                        .getVariable(task(fase).getId(), VariabiliSpecialistico.SEGNALAZIONI_ABBINAMENTO))
                .as("the monitoring form reads the referrals again, the later ones too")
                .contains(
                        "non selezionato - Turni notturni", "Impiegata contabile (Logistica Arzenese Srl): colloquio");
    }

    @Test
    void segnalazioniNelCompitoDelPartner_ilCompitoTornaAlConsulenteEGliEsitiArrivanoAllAvvio() {
        var fase = sportelli.inviaAlloSpecialistico(true);
        var pratica = fase.getBusinessKey();
        praticaValutata(
                pratica,
                CodiciFiscaliDiProva.nuovoCodiceFiscale("Marino", "Giulia", LocalDate.of(1992, 2, 5), Sesso.F));
        abbinamento.impostaCandidatura(pratica, new DatiCandidatura(List.of("8.1.3"), true, null), "specialistico");
        long magazzino = offerte.crea(offerta("Addetto al magazzino", "8.1.3"), "partner")
                .id();
        long pulizie = offerte.crea(offerta("Addetto alle pulizie", "8.1.4"), "partner")
                .id();
        sportelli.condividiProgetto(fase);
        sportelli.orientamentoSecondoLivello(fase, "LAVORO", true);
        var oggi = LocalDate.now(ROMA);

        assertThatThrownBy(() -> sportelli.segnala(fase, magazzino, oggi, "NON_SELEZIONATO", " "))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("indicare il motivo");
        assertThatThrownBy(() -> sportelli.segnala(fase, magazzino, oggi.plusDays(1), "COLLOQUIO_FISSATO", null))
                .hasMessageContaining("non può essere futura");
        assertThatThrownBy(() -> sportelli.segnala(fase, null, oggi, "COLLOQUIO_FISSATO", null))
                .hasMessageContaining("Indicare l'offerta");
        assertThat(abbinamento.segnalazioni(pratica))
                .as("a refused referral writes nothing")
                .isEmpty();

        sportelli.segnala(fase, magazzino, oggi.minusDays(2), "COLLOQUIO_FISSATO", null);
        var dopoLaPrima = task(sportelli.abbinamentoDi(fase));
        assertThat(dopoLaPrima)
                .as("the task comes back to the consultant who recorded the referral")
                .hasDefinitionKey("Task_AbbinamentoDomandaOfferta")
                .isAssignedTo(PARTNER.id());
        var variabili = engine.getTaskService().getVariables(dopoLaPrima.getId());
        assertThat(variabili)
                .as("the new task opens with an empty referral")
                .doesNotContainKeys(
                        VariabiliSpecialistico.AZIONE_ABBINAMENTO,
                        VariabiliSpecialistico.OFFERTA_SEGNALATA,
                        VariabiliSpecialistico.DATA_SEGNALAZIONE,
                        VariabiliSpecialistico.ESITO_SEGNALAZIONE,
                        VariabiliSpecialistico.MOTIVO_SEGNALAZIONE);
        assertThat((String) variabili.get(VariabiliSpecialistico.SEGNALAZIONI_ABBINAMENTO))
                .contains("Addetto al magazzino (Logistica Arzenese Srl): colloquio fissato");

        offerte.chiudi(magazzino);
        sportelli.segnala(fase, pulizie, oggi.minusDays(1), "RIFIUTATO_DAL_CITTADINO", "Orari serali");
        var scelte = engine.getTaskService()
                .getVariableLocal(task(sportelli.abbinamentoDi(fase)).getId(), VariabiliSpecialistico.OFFERTE_PROPOSTE)
                .toString();
        assertThat(scelte)
                .as("the closed offer stays a choice, being already referred")
                .contains("\"value\":\"" + magazzino + "\"", "già segnalata: colloquio fissato");
        sportelli.segnala(fase, magazzino, oggi, "NON_SELEZIONATO", "Serve esperienza con il muletto");
        sportelli.abbina(fase, "NESSUNA_OFFERTA_IDONEA", null, "Nessuna offerta adatta per ora.");

        assertThat(fase).isWaitingAt("Task_AvvioProgetto");
        assertThat(abbinamento.segnalazioni(pratica))
                .extracting(Segnalazione::esito)
                .containsExactly(
                        EsitoSegnalazione.COLLOQUIO_FISSATO,
                        EsitoSegnalazione.RIFIUTATO_DAL_CITTADINO,
                        EsitoSegnalazione.NON_SELEZIONATO);
        assertThat((String) engine.getRuntimeService()
                        .getVariable(fase.getId(), VariabiliSpecialistico.SEGNALAZIONI_ABBINAMENTO))
                .as("what the specialist desk reads at the project start")
                .contains(
                        "Addetto alle pulizie (Logistica Arzenese Srl): rifiutata dal cittadino - Orari serali",
                        "Addetto al magazzino (Logistica Arzenese Srl): non selezionato - Serve esperienza con il"
                                + " muletto");
    }

    @Test
    void progettoDiInclusione_allaSocietaPartnerArrivaComeInserimentoLavorativo() {
        var fase = sportelli.inviaAlloSpecialistico(false);
        sportelli.condividiCaso(fase);
        sportelli.orientamentoSpecialistico(fase);
        sportelli.elaboraProposta(fase, "Lavoro accompagnato in una cooperativa.", "INCLUSIONE", true);
        sportelli.decidi(fase, "APPROVATA", null);

        assertThat(sportelli.abbinamentoDi(fase))
                .as("no hint of fragility for the partner")
                .variables()
                .containsEntry(VariabiliSpecialistico.TIPO_PROGETTO, "LAVORO");
        assertThat(fase).variables().containsEntry(VariabiliSpecialistico.TIPO_PROGETTO, "INCLUSIONE");
        sportelli.abbina(fase, "NESSUNA_OFFERTA_IDONEA", null, "Nessuna cooperativa assume ora.");
        assertThat(specialistico.progetto(fase.getBusinessKey()).orElseThrow().tipoProgetto())
                .isEqualTo(TipoProgetto.INCLUSIONE);
    }

    @Test
    void abbinamentoDiUnaPraticaSenzaProfilo_compitoCreatoSenzaScelte() {
        var fase = sportelli.inviaAlloSpecialistico(true);
        sportelli.condividiProgetto(fase);
        sportelli.orientamentoSecondoLivello(fase, "LAVORO", true);

        var locali = engine.getTaskService()
                .getVariablesLocal(task(sportelli.abbinamentoDi(fase)).getId());
        assertThat(locali.get(VariabiliSpecialistico.OFFERTE_PROPOSTE).toString())
                .isEqualTo("[]");
        assertThat((String) locali.get(VariabiliSpecialistico.MOTIVI_ABBINAMENTO))
                .isEqualTo("- Nessun profilo di abbinamento per la pratica " + fase.getBusinessKey());
        sportelli.abbina(fase, "NESSUNA_OFFERTA_IDONEA", null, "Nessuna offerta in zona.");
        assertThat(fase).isWaitingAt("Task_AvvioProgetto");
        assertThat(fase)
                .variables()
                .containsEntry(VariabiliSpecialistico.SEGNALAZIONI_ABBINAMENTO, "- Nessuna segnalazione registrata");
    }

    private void praticaValutata(String pratica, String codiceFiscale) {
        var registrato = accessi.registra(
                new SchedaAccesso(
                        codiceFiscale,
                        "Giulia",
                        "Marino",
                        LocalDate.of(1992, 2, 5),
                        "+39 333 1112223",
                        null,
                        true,
                        "Cerca lavoro",
                        TipoRichiesta.PERCORSO,
                        true,
                        null),
                pratica,
                "informativo");
        accessi.apriSchedaUtente(pratica, registrato.cittadinoId(), "informativo");
        orientamento.registraColloquio(
                pratica,
                new EsitoColloquio(
                        Presenza.PRESENTE,
                        TitoloStudio.DIPLOMA,
                        CondizioneOccupazionale.DISOCCUPATO,
                        6,
                        "Commessa per tre anni",
                        true,
                        CompetenzeDigitali.BASE,
                        true),
                "informativo");
    }

    @Test
    void dataAvvioPrimaDellApprovazione_rifiutataETroppoLontana_rifiutata() {
        var fase = propostaPresentata("Tirocinio in biblioteca.", "TIROCINIO", false);
        sportelli.decidi(fase, "APPROVATA", null);
        var oggi = LocalDate.now(ROMA);

        assertThatThrownBy(() -> sportelli.avvia(fase, oggi.minusDays(1)))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("non può precedere l'approvazione della Cabina di Regia");
        assertThatThrownBy(() -> sportelli.avvia(fase, oggi.plusYears(2))).hasMessageContaining("oltre un anno");
        assertThat(fase).isWaitingAt("Task_AvvioProgetto");
        assertThat(specialistico.progetto(fase.getBusinessKey()).orElseThrow().stato())
                .isEqualTo(StatoProgetto.DA_AVVIARE);
    }

    @Test
    void monitoraggioInCorso_ilTimerCreaIlProssimoDopoUnIntervalloFinoAllInterruzione() {
        var fase = sportelli.inviaAlloSpecialistico(true);
        sportelli.condividiProgetto(fase);
        sportelli.orientamentoSecondoLivello(fase, "FORMAZIONE", false);
        sportelli.avvia(fase, LocalDate.now(ROMA));

        assertThat(fase).isWaitingAt("Task_Monitoraggio");
        assertThat(task(fase).getDueDate())
                .as("the first monitoring is due one interval (P30D) after the start")
                .isCloseTo(dopo30Giorni(Instant.now()), 60_000);
        assertThat(fase).variables().containsEntry(VariabiliSpecialistico.NUMERO_MONITORAGGIO, 1);
        sportelli.monitora(fase, "IN_CORSO");

        assertThat(fase).isWaitingAt("Timer_ProssimoMonitoraggio");
        var timer = job("Timer_ProssimoMonitoraggio", fase);
        assertThat(timer.getDuedate()).isCloseTo(dopo30Giorni(Instant.now()), 60_000);
        execute(timer);

        assertThat(fase).isWaitingAt("Task_Monitoraggio");
        assertThat(fase)
                .variables()
                .containsEntry(VariabiliSpecialistico.NUMERO_MONITORAGGIO, 2)
                .doesNotContainKey(VariabiliSpecialistico.NOTE_MONITORAGGIO);
        sportelli.monitora(fase, "INTERROTTO");
        sportelli.rendiconta(fase, "INTERROTTO");

        assertThat(fase).isEnded().hasPassed("EndEvent_ProgettoConcluso");
        assertThat(esitoFase(fase)).isEqualTo("PROGETTO_CONCLUSO");
        var progetto = specialistico.progetto(fase.getBusinessKey()).orElseThrow();
        assertThat(progetto.monitoraggi()).isEqualTo(2);
        assertThat(progetto.stato()).isEqualTo(StatoProgetto.INTERROTTO);
    }

    private ProcessInstance propostaPresentata(String testo, String tipo, boolean abbinamento) {
        var fase = sportelli.inviaAlloSpecialistico(false);
        sportelli.condividiCaso(fase);
        sportelli.orientamentoSpecialistico(fase);
        sportelli.elaboraProposta(fase, testo, tipo, abbinamento);
        assertThat(fase).isWaitingAt("Task_DecisioneCabinaDiRegia");
        return fase;
    }

    private String esitoFase(ProcessInstance fase) {
        return (String) engine.getHistoryService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(fase.getId())
                .variableName(Variabili.ESITO_FASE_SPECIALISTICA)
                .singleResult()
                .getValue();
    }

    private static Date dopo30Giorni(Instant da) {
        return Date.from(da.atZone(ROMA).plusDays(30).toInstant());
    }
}
