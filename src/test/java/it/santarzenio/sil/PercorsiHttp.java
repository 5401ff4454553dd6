package it.santarzenio.sil;

import com.fasterxml.jackson.databind.ObjectMapper;
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
 * (Timer_ProssimoMonitoraggio), the Cabina di Regia's reminder (BoundaryEvent_ApprovazioneScaduta) and the partner's
 * matching deadline (BoundaryEvent_AbbinamentoScaduto). For tests of nodes in other processes ({@link NodoSeparato}).
 * Each timer waits weeks by its configuration; {@link #scadenzaOra} makes its job due now through the engine REST API
 * (as an administrator would in Cockpit), and the nodes' job executors do the rest.
 */
public final class PercorsiHttp {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "demo";

    private PercorsiHttp() {}

    /**
     * From the start form to the first-level outcome "sent to the specialist desk": booked, the appointment begun
     * ({@code appuntamentoIniziato}, on the database), assessed, objectives shared.
     */
    public static Casi.Caso allaFaseSpecialistica(
            ClientHttp client, Consumer<String> appuntamentoIniziato, boolean progettoDefinito) {
        var caso = Casi.avviaEPrenota(client);
        appuntamentoIniziato.accept(caso.numeroPratica());
        Casi.colloquio(client, caso);
        String compito = compito(client, caso, "Task_CondivisioneObiettivi", "informativo");
        var modulo = Casi.leggi(Casi.verifica(
                client.get("/engine-rest/task/" + compito + "/form-variables", "informativo", PASSWORD), 200));
        var valori = new HashMap<String, Object>();
        valori.put(
                Variabili.PERCORSO_CONFERMATO,
                modulo.path(Variabili.PERCORSO_SUGGERITO).path("value").asText());
        valori.put(Variabili.OBIETTIVI, "Impiego nella logistica entro sei mesi.");
        valori.put(Variabili.ESITO_PRIMO_LIVELLO, "INVIO_SPECIALISTICO");
        valori.put(Variabili.PROGETTO_DEFINITO, progettoDefinito);
        if (progettoDefinito) {
            valori.put(Variabili.INTERVENTI_SECONDO_LIVELLO, "Tirocinio in magazzino con corso per carrellisti.");
        }
        invia(client, compito, "informativo", valori);
        return caso;
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
