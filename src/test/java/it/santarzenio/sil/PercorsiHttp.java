package it.santarzenio.sil;

import it.santarzenio.sil.processo.Variabili;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Cases driven over HTTP, as the desks do from Tasklist, to the business timers of the models: the next monitoring
 * ({@link #TIMER_MONITORAGGIO}), the Cabina di Regia's reminder ({@link #TIMER_SOLLECITO_CABINA}), the partner's
 * matching deadline ({@link #TIMER_ABBINAMENTO_SCADUTO}) and the outcome verifications after a concluded case
 * ({@link #TIMER_VERIFICA_ESITO}). For tests of nodes in other processes ({@link NodoSeparato}). Each timer waits weeks
 * or months by its configuration; {@link #scadenzaOra} makes its job due now through the engine REST API (as an
 * administrator would in Cockpit), and the nodes' job executors do the rest.
 */
public final class PercorsiHttp {

    /** orientamento-specialistico.bpmn: the next monitoring of a project in progress. */
    public static final String TIMER_MONITORAGGIO = "Timer_ProssimoMonitoraggio";
    /** approvazione-cabina-di-regia.bpmn: the reminder of an overdue decision, again at every cycle. */
    public static final String TIMER_SOLLECITO_CABINA = "BoundaryEvent_ApprovazioneScaduta";
    /** abbinamento-domanda-offerta.bpmn: the notice of an overdue matching. */
    public static final String TIMER_ABBINAMENTO_SCADUTO = "BoundaryEvent_AbbinamentoScaduto";
    /** verifica-esiti.bpmn: each interval of sil.verifica-esiti.intervalli after the closure. */
    public static final String TIMER_VERIFICA_ESITO = "Timer_MomentoVerifica";

    private static final String PASSWORD = "demo";

    private PercorsiHttp() {}

    /**
     * From the start form to the first-level outcome "sent to the specialist desk": booked, the appointment begun
     * ({@code appuntamentoIniziato}, on the database), assessed, objectives shared.
     */
    public static Casi.Caso allaFaseSpecialistica(
            ClientHttp client, Consumer<String> appuntamentoIniziato, boolean progettoDefinito) {
        var valori = new HashMap<String, Object>();
        valori.put(Variabili.ESITO_PRIMO_LIVELLO, "INVIO_SPECIALISTICO");
        valori.put(Variabili.PROGETTO_DEFINITO, progettoDefinito);
        if (progettoDefinito) {
            valori.put(Variabili.INTERVENTI_SECONDO_LIVELLO, "Tirocinio in magazzino con corso per carrellisti.");
        }
        return obiettiviCondivisi(client, appuntamentoIniziato, valori);
    }

    /**
     * A case closed at the first level with ORIENTAMENTO_CONCLUSO: its VerificaEsitiProcess, same business key, waits
     * at {@link #TIMER_VERIFICA_ESITO} for the first interval.
     */
    public static Casi.Caso orientamentoConcluso(ClientHttp client, Consumer<String> appuntamentoIniziato) {
        return obiettiviCondivisi(client, appuntamentoIniziato, Map.of(Variabili.ESITO_PRIMO_LIVELLO, "CONCLUSO"));
    }

    /** Booked, the appointment begun, assessed, Task_CondivisioneObiettivi submitted with {@code esito} added. */
    private static Casi.Caso obiettiviCondivisi(
            ClientHttp client, Consumer<String> appuntamentoIniziato, Map<String, Object> esito) {
        var caso = Casi.avviaEPrenota(client);
        appuntamentoIniziato.accept(caso.numeroPratica());
        Casi.colloquio(client, caso);
        String compito = compito(client, caso, "Task_CondivisioneObiettivi", "informativo");
        var modulo = Casi.leggi(Casi.verifica(
                client.get("/engine-rest/task/" + compito + "/form-variables", "informativo", PASSWORD), 200));
        var valori = new HashMap<String, Object>(esito);
        valori.put(
                Variabili.PERCORSO_CONFERMATO,
                modulo.path(Variabili.PERCORSO_SUGGERITO).path("value").asText());
        valori.put(Variabili.OBIETTIVI, "Impiego nella logistica entro sei mesi.");
        invia(client, compito, "informativo", valori);
        return caso;
    }

    /** The informative desk records the citizen's condition in the case's open Task_VerificaEsito. */
    public static void verificaEsito(ClientHttp client, Casi.Caso caso, String condizione) {
        completa(
                client,
                caso,
                "Task_VerificaEsito",
                "informativo",
                Map.of(Variabili.CONDIZIONE_VERIFICA, condizione, Variabili.NOTE_VERIFICA, "Sentito per telefono."));
    }

    /** A defined project, started and found in progress at its first monitoring: Timer_ProssimoMonitoraggio waits. */
    public static Casi.Caso alProssimoMonitoraggio(ClientHttp client, Consumer<String> appuntamentoIniziato) {
        var caso = definito(client, appuntamentoIniziato, "TIROCINIO", false);
        completa(
                client,
                caso,
                "Task_AvvioProgetto",
                "specialistico",
                Map.of("dataAvvio", LocalDate.now().toString(), "enteOspitante", "Logistica Adriatica S.r.l."));
        completa(
                client,
                caso,
                "Task_Monitoraggio",
                "specialistico",
                Map.of("statoProgetto", "IN_CORSO", "noteMonitoraggio", "Colloquio con il tutor aziendale."));
        return caso;
    }

    /** A defined project: shared with the specialist desk, its type chosen at the second level. */
    private static Casi.Caso definito(
            ClientHttp client, Consumer<String> appuntamentoIniziato, String tipoProgetto, boolean abbinamento) {
        var caso = allaFaseSpecialistica(client, appuntamentoIniziato, true);
        completa(client, caso, "Task_CondivisioneProgetto", "specialistico", Map.of("noteCondivisione", "Condiviso."));
        completa(
                client,
                caso,
                "Task_OrientamentoSecondoLivello",
                "specialistico",
                Map.of("tipoProgetto", tipoProgetto, "richiedeAbbinamento", String.valueOf(abbinamento)));
        return caso;
    }

    /** A project to define, its proposal sent to the Cabina di Regia: BoundaryEvent_ApprovazioneScaduta waits. */
    public static Casi.Caso allaCabinaDiRegia(ClientHttp client, Consumer<String> appuntamentoIniziato) {
        var caso = allaFaseSpecialistica(client, appuntamentoIniziato, false);
        completa(client, caso, "Task_CondivisioneCaso", "specialistico", Map.of("noteCondivisione", "Condiviso."));
        completa(
                client,
                caso,
                "Task_OrientamentoSpecialistico",
                "specialistico",
                Map.of("esitoOrientamento", "Interesse per la logistica, serve un tirocinio."));
        completa(
                client,
                caso,
                "Task_ElaborazioneProposta",
                "specialistico",
                Map.of(
                        "propostaProgettuale",
                        "Tirocinio di sei mesi in magazzino.",
                        "tipoProgetto",
                        "TIROCINIO",
                        "richiedeAbbinamento",
                        "false"));
        compito(client, caso, "Task_ApprovazioneCabinaDiRegia", "cabina");
        return caso;
    }

    /** A defined project that needs a matching: the partner's task and BoundaryEvent_AbbinamentoScaduto wait. */
    public static Casi.Caso allAbbinamento(ClientHttp client, Consumer<String> appuntamentoIniziato) {
        var caso = definito(client, appuntamentoIniziato, "LAVORO", true);
        compito(client, caso, "Task_AbbinamentoDomandaOfferta", "partner");
        return caso;
    }

    /**
     * The timer jobs of the case's instances (the called ones included) at activity {@code attivita}, made due now:
     * their ids.
     */
    public static List<String> scadenzaOra(ClientHttp admin, Casi.Caso caso, String attivita) {
        var ids = new ArrayList<String>();
        var istanze = Casi.leggi(Casi.verifica(
                admin.get("/engine-rest/process-instance?businessKey=" + caso.numeroPratica(), "admin", PASSWORD),
                200));
        for (var istanza : istanze) {
            var lavori = Casi.leggi(Casi.verifica(
                    admin.get(
                            "/engine-rest/job?timers=true&activityId=" + attivita + "&processInstanceId="
                                    + istanza.path("id").asText(),
                            "admin",
                            PASSWORD),
                    200));
            for (var lavoro : lavori) {
                String id = lavoro.path("id").asText();
                Casi.verifica(
                        admin.invia(
                                "PUT",
                                "/engine-rest/job/" + id + "/duedate",
                                "admin",
                                PASSWORD,
                                "application/json",
                                ("{\"duedate\": \"" + adesso() + "\"}")
                                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        204);
                ids.add(id);
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("Nessun timer " + attivita + " per la pratica " + caso.numeroPratica());
        }
        return ids;
    }

    /** The engine REST API's date format. */
    private static String adesso() {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
                .format(Instant.now().atZone(java.time.ZoneId.systemDefault()));
    }

    private static void completa(
            ClientHttp client, Casi.Caso caso, String definizione, String utente, Map<String, Object> valori) {
        invia(client, compito(client, caso, definizione, utente), utente, valori);
    }

    private static void invia(ClientHttp client, String compito, String utente, Map<String, Object> valori) {
        Casi.verifica(
                client.postJson(
                        "/engine-rest/task/" + compito + "/submit-form", utente, PASSWORD, Casi.variabili(valori)),
                204);
    }

    /** The open task {@code definizione} of the case (in whichever of its instances), as {@code utente} sees it. */
    private static String compito(ClientHttp client, Casi.Caso caso, String definizione, String utente) {
        var compiti = Casi.leggi(Casi.verifica(
                client.get(
                        "/engine-rest/task?processInstanceBusinessKey=" + caso.numeroPratica() + "&taskDefinitionKey="
                                + definizione,
                        utente,
                        PASSWORD),
                200));
        if (compiti.isEmpty()) {
            throw new IllegalStateException(
                    "Compito " + definizione + " della pratica " + caso.numeroPratica() + " non trovato");
        }
        return compiti.get(0).path("id").asText();
    }
}
