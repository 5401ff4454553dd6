package it.santarzenio.sil.processo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.santarzenio.sil.accesso.AccessoService;
import it.santarzenio.sil.audit.AuditService;
import it.santarzenio.sil.audit.Azione;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricProcessInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricVariableInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;

/**
 * Audits the reads of a case's data through the engine: an operator opening a task in Tasklist (which loads the task's
 * form variables through {@code /camunda/api/engine}) or any client of {@code /engine-rest} reading the variables of a
 * task or a process instance, all of them or one by name; and the queries of variables and of their history
 * ({@code /variable-instance}, {@code /history/variable-instance}, {@code /history/detail}, GET or POST, as Cockpit's
 * variables tab runs them), one row per case the query was restricted to, or one row without a citizen for a query
 * across cases; and one variable opened by its id ({@code [history/]variable-instance/{id}[/data]}). After an answer 2xx (the engine has checked the caller's rights) it writes the LETTURA rows; a refused
 * read (403, 404) writes nothing.
 *
 * <p>Cost: one engine command (primary-key reads, without authorization checks: the caller was already allowed) and one
 * citizen lookup per case read, none for any other request.
 */
@Configuration
class LettureVariabiliFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(LettureVariabiliFilter.class);
    private static final String PORTE = "(/engine-rest|/camunda/api/engine/engine/[^/]+)";
    /** All of them, or one by name (with its binary content). */
    private static final String VARIABILI = "(?:/[^/]+(?:/data)?)?/?";

    /** A task's variables, all visible from it or its own (local: the partner's match profile), and its attachments. */
    private static final Pattern DEL_COMPITO = Pattern.compile(PORTE
            + "/task/([^/]+)/(?:(form-variables|variables|localVariables)" + VARIABILI + "|(attachment)/[^/]+/data/?)");
    /** A process instance's variables, or those of one of its executions (local ones). */
    private static final Pattern DELL_ISTANZA = Pattern.compile(
            PORTE + "/(?:process-instance/([^/]+)/variables|execution/([^/]+)/localVariables)" + VARIABILI);
    /**
     * Queries of variables and of their history (not their counts, which show no value), and of the decisions taken in
     * a case (their inputs and outputs are the citizen's data).
     */
    private static final Pattern INTERROGAZIONE = Pattern.compile(
            PORTE + "/(variable-instance|history/variable-instance|history/detail|history/decision-instance)/?");

    /** One variable by its id, its value or its binary content, running or in history; one history detail; one decision. */
    private static final Pattern VARIABILE = Pattern.compile(
            PORTE + "/(history/variable-instance|variable-instance|history/detail|history/decision-instance)/([^/]+)"
                    + "(?:/data)?/?");

    /**
     * Calls that would hand back a case's variables besides doing something else (start, complete, correlate, list
     * tasks): refused, so that every read of them goes through a call audited above. No process of the service uses
     * external tasks, whose fetch-and-lock hands out the variables too.
     */
    private static final Pattern CON_VARIABILI_IN_RISPOSTA = Pattern.compile(PORTE
            + "/(?:task|task/[^/]+/(?:complete|submit-form)|process-definition/.+/(?:start|submit-form)|message)/?");

    private static final Pattern COMPITI_ESTERNI = Pattern.compile(PORTE + "/external-task/fetchAndLock/?");
    private static final Pattern OPZIONI_VARIABILI_IN_RISPOSTA = Pattern.compile(
            "\"(withVariablesInReturn|variablesInResultEnabled|withTaskVariablesInReturn|withTaskLocalVariablesInReturn)\""
                    + "\\s*:\\s*true");
    static final String MESSAGGIO_VARIABILI_IN_RISPOSTA = "Le variabili di una pratica non si ricevono insieme a"
            + " un'altra operazione: leggerle con la chiamata /variables del compito o del processo, che resta nel"
            + " registro degli accessi.";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProcessEngine engine;
    private final AccessoService accessi;
    private final AuditService audit;

    LettureVariabiliFilter(ProcessEngine engine, AccessoService accessi, AuditService audit) {
        this.engine = engine;
        this.accessi = accessi;
        this.audit = audit;
    }

    @Bean
    FilterRegistrationBean<LettureVariabiliFilter> registrazioneLettureVariabili() {
        var registrazione = new FilterRegistrationBean<>(this);
        registrazione.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        // Inside the authentication filter of /engine-rest (SicurezzaWebConfig), which names the caller to the engine
        // for the length of the request.
        registrazione.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registrazione;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest richiesta) {
        return !sorvegliata(richiesta.getMethod(), percorso(richiesta));
    }

    /**
     * Whether a request of this method and path is one this filter audits or refuses: the engine's variable-reading
     * operations, as {@code LettureVariabiliCoperturaTest} enumerates them from the engine's OpenAPI description.
     */
    static boolean sorvegliata(String metodo, String percorso) {
        if ("GET".equals(metodo)) {
            return true;
        }
        return "POST".equals(metodo)
                && (INTERROGAZIONE.matcher(percorso).matches()
                        || CON_VARIABILI_IN_RISPOSTA.matcher(percorso).matches()
                        || COMPITI_ESTERNI.matcher(percorso).matches());
    }

    /**
     * Whether a request of this method and path is audited (one of the reads above) or refused (variables in return,
     * external tasks): what {@code LettureVariabiliCoperturaTest} asks of every variable-reading operation in the
     * engine's OpenAPI description.
     */
    static boolean coperta(String metodo, String percorso) {
        if ("GET".equals(metodo)
                && (DEL_COMPITO.matcher(percorso).matches()
                        || DELL_ISTANZA.matcher(percorso).matches()
                        || VARIABILE.matcher(percorso).matches()
                        || percorso.matches(PORTE + "/task/?"))) {
            return true;
        }
        return sorvegliata(metodo, percorso)
                && (INTERROGAZIONE.matcher(percorso).matches()
                        || ("POST".equals(metodo)
                                && CON_VARIABILI_IN_RISPOSTA.matcher(percorso).matches())
                        || COMPITI_ESTERNI.matcher(percorso).matches());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest richiesta, HttpServletResponse risposta, FilterChain catena)
            throws ServletException, IOException {
        String percorso = percorso(richiesta);
        if (COMPITI_ESTERNI.matcher(percorso).matches()) {
            rifiuta(risposta, HttpServletResponse.SC_FORBIDDEN, "Nessun processo del servizio usa compiti esterni.");
            return;
        }
        if ("POST".equals(richiesta.getMethod())
                && CON_VARIABILI_IN_RISPOSTA.matcher(percorso).matches()) {
            var riletta = new CorpoRiletto(richiesta);
            if (OPZIONI_VARIABILI_IN_RISPOSTA.matcher(riletta.testo()).find()) {
                rifiuta(risposta, HttpServletResponse.SC_BAD_REQUEST, MESSAGGIO_VARIABILI_IN_RISPOSTA);
                return;
            }
            catena.doFilter(riletta, risposta);
            return;
        }
        if ("GET".equals(richiesta.getMethod())
                && percorso.matches(PORTE + "/task/?")
                && ("true".equals(richiesta.getParameter("withTaskVariablesInReturn"))
                        || "true".equals(richiesta.getParameter("withTaskLocalVariablesInReturn")))) {
            rifiuta(risposta, HttpServletResponse.SC_BAD_REQUEST, MESSAGGIO_VARIABILI_IN_RISPOSTA);
            return;
        }
        Matcher compito = DEL_COMPITO.matcher(percorso);
        Matcher istanza = DELL_ISTANZA.matcher(percorso);
        Matcher interrogazione = INTERROGAZIONE.matcher(percorso);
        Matcher variabile = VARIABILE.matcher(percorso);
        if (!compito.matches() && !istanza.matches() && !interrogazione.matches() && !variabile.matches()) {
            catena.doFilter(richiesta, risposta);
            return;
        }
        String utente = utente(richiesta);
        // A query's filter may be in its body, which the engine reads: keep a copy of what it read.
        var letta = new ContentCachingRequestWrapper(richiesta);
        catena.doFilter(letta, risposta);
        if (risposta.getStatus() / 100 != 2) {
            return;
        }
        String porta = percorso.startsWith("/engine-rest") ? " (REST)" : " (Tasklist/Cockpit)";
        if (interrogazione.matches()) {
            if (interrogazione.group(2).equals("history/decision-instance") && !conIngressiOUscite(letta)) {
                return;
            }
            registraInterrogazione(utente, interrogazione.group(2), letta, porta);
            return;
        }
        if (variabile.matches()) {
            if (variabile.group(2).equals("history/decision-instance") && !conIngressiOUscite(letta)) {
                return;
            }
            registra(utente, Lettura.perId(engine, variabile.group(2), variabile.group(3)), percorso, porta);
            return;
        }
        var lettura = compito.matches()
                ? Lettura.delCompito(
                        engine, compito.group(2), compito.group(4) != null ? "attachment" : compito.group(3))
                : Lettura.dellIstanza(engine, istanza.group(2) != null ? istanza.group(2) : istanza.group(3));
        registra(utente, lettura, percorso, porta);
    }

    /**
     * A query of variables or of their history: one row per case it was restricted to; a query across cases (an
     * administrator's) is one row without a citizen, naming the query.
     */
    private void registraInterrogazione(
            String utente, String risorsa, ContentCachingRequestWrapper letta, String porta) {
        var istanze = new LinkedHashSet<String>();
        Optional.ofNullable(letta.getParameter("processInstanceId")).ifPresent(istanze::add);
        Optional.ofNullable(letta.getParameter("processInstanceIdIn"))
                .ifPresent(elenco -> istanze.addAll(Arrays.asList(elenco.split(","))));
        byte[] corpo = letta.getContentAsByteArray();
        if (corpo.length > 0) {
            try {
                JsonNode filtro = JSON.readTree(corpo);
                if (filtro.path("processInstanceId").isTextual()) {
                    istanze.add(filtro.path("processInstanceId").asText());
                }
                filtro.path("processInstanceIdIn").forEach(id -> istanze.add(id.asText()));
            } catch (IOException e) {
                LOG.warn("Filtro di una consultazione di variabili non leggibile per il registro audit: {}", risorsa);
            }
        }
        if (istanze.isEmpty()) {
            audit.registra(
                    utente,
                    Azione.LETTURA,
                    "variabili",
                    null,
                    null,
                    "consultazione " + risorsa + " di più pratiche" + porta);
            return;
        }
        istanze.stream()
                .map(String::strip)
                .filter(id -> !id.isEmpty())
                .forEach(id -> registra(
                        utente,
                        Lettura.dallaStoria(engine, id, "variabili nella consultazione " + risorsa),
                        risorsa,
                        porta));
    }

    private void registra(String utente, Optional<Lettura> lettura, String cosa, String porta) {
        if (utente == null || lettura.isEmpty()) {
            LOG.warn("Lettura di variabili non registrabile nel registro audit: {} (utente {})", cosa, utente);
            return;
        }
        accessi.registraEventoDellaPratica(
                utente,
                Azione.LETTURA,
                "pratica",
                lettura.get().numeroPratica(),
                lettura.get().numeroPratica(),
                lettura.get().cosa() + porta);
    }

    /** A decision instance's inputs and outputs are returned only when asked for. */
    private static boolean conIngressiOUscite(ContentCachingRequestWrapper letta) {
        return "true".equals(letta.getParameter("includeInputs"))
                || "true".equals(letta.getParameter("includeOutputs"));
    }

    private static void rifiuta(HttpServletResponse risposta, int stato, String messaggio) throws IOException {
        risposta.setStatus(stato);
        risposta.setContentType("application/json");
        risposta.setCharacterEncoding("UTF-8");
        risposta.getOutputStream()
                .write(JSON.writeValueAsBytes(java.util.Map.of(
                        "type",
                        stato == HttpServletResponse.SC_FORBIDDEN
                                ? "AuthorizationException"
                                : "InvalidRequestException",
                        "message",
                        messaggio)));
    }

    /** The body read once, here, and again by the engine. */
    private static final class CorpoRiletto extends jakarta.servlet.http.HttpServletRequestWrapper {
        private final byte[] corpo;

        CorpoRiletto(HttpServletRequest richiesta) throws IOException {
            super(richiesta);
            this.corpo = richiesta.getInputStream().readAllBytes();
        }

        String testo() {
            return new String(corpo, java.nio.charset.StandardCharsets.UTF_8);
        }

        @Override
        public jakarta.servlet.ServletInputStream getInputStream() {
            var dati = new java.io.ByteArrayInputStream(corpo);
            return new jakarta.servlet.ServletInputStream() {
                @Override
                public int read() {
                    return dati.read();
                }

                @Override
                public int read(byte[] b, int da, int quanti) {
                    return dati.read(b, da, quanti);
                }

                @Override
                public boolean isFinished() {
                    return dati.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(jakarta.servlet.ReadListener ascoltatore) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(
                    new java.io.InputStreamReader(getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static String percorso(HttpServletRequest richiesta) {
        return richiesta.getRequestURI().substring(richiesta.getContextPath().length());
    }

    /**
     * The caller. On /engine-rest the authentication filter, which runs outside this one, has named them to the engine;
     * the webapps' filters run inside this one, so their login is read from the session they keep it in.
     */
    private String utente(HttpServletRequest richiesta) {
        var autenticazione = engine.getIdentityService().getCurrentAuthentication();
        if (autenticazione != null) {
            return autenticazione.getUserId();
        }
        var sessione = richiesta.getSession(false);
        if (sessione == null) {
            return null;
        }
        var accesso =
                AuthenticationUtil.getAuthsFromSession(sessione).getAuthenticationForProcessEngine(engine.getName());
        return accesso == null ? null : accesso.getName();
    }

    /** The case whose data were read, and what of it. */
    private record Lettura(String numeroPratica, String cosa) {

        static Optional<Lettura> delCompito(ProcessEngine engine, String idCompito, String risorsa) {
            return esegui(engine, contesto -> {
                TaskEntity compito = contesto.getTaskManager().findTaskById(idCompito);
                if (compito == null || compito.getProcessInstance() == null) {
                    return null;
                }
                return new Lettura(
                        compito.getProcessInstance().getBusinessKey(),
                        switch (risorsa) {
                                    case "form-variables" -> "dati del modulo del compito ";
                                    case "localVariables" -> "variabili locali del compito ";
                                    case "attachment" -> "allegato del compito ";
                                    default -> "variabili del compito ";
                                }
                                + compito.getTaskDefinitionKey());
            });
        }

        static Optional<Lettura> dellIstanza(ProcessEngine engine, String idIstanza) {
            return esegui(engine, contesto -> {
                ExecutionEntity istanza = contesto.getExecutionManager().findExecutionById(idIstanza);
                if (istanza == null || istanza.getProcessInstance() == null) {
                    return null;
                }
                return new Lettura(
                        istanza.getProcessInstance().getBusinessKey(),
                        "variabili del processo "
                                + istanza.getProcessInstance()
                                        .getProcessDefinition()
                                        .getKey());
            });
        }

        /**
         * One variable by its id (running or in history), one history detail or one decision instance: the case it
         * belongs to, found without authorization checks (the engine already allowed the caller).
         */
        static Optional<Lettura> perId(ProcessEngine engine, String risorsa, String id) {
            return esegui(engine, contesto -> {
                var storia = contesto.getProcessEngineConfiguration().getHistoryService();
                String idIstanza;
                String cosa;
                switch (risorsa) {
                    case "history/variable-instance" -> {
                        var variabile =
                                contesto.getDbEntityManager().selectById(HistoricVariableInstanceEntity.class, id);
                        idIstanza = variabile == null ? null : variabile.getProcessInstanceId();
                        cosa = variabile == null ? null : "variabile " + variabile.getName();
                    }
                    case "variable-instance" -> {
                        var variabile = contesto.getDbEntityManager().selectById(VariableInstanceEntity.class, id);
                        idIstanza = variabile == null ? null : variabile.getProcessInstanceId();
                        cosa = variabile == null ? null : "variabile " + variabile.getName();
                    }
                    case "history/detail" -> {
                        var dettaglio =
                                storia.createHistoricDetailQuery().detailId(id).singleResult();
                        idIstanza = dettaglio == null ? null : dettaglio.getProcessInstanceId();
                        cosa = "dettaglio storico di una variabile";
                    }
                    default -> {
                        var decisione = storia.createHistoricDecisionInstanceQuery()
                                .decisionInstanceId(id)
                                .singleResult();
                        idIstanza = decisione == null ? null : decisione.getProcessInstanceId();
                        cosa = decisione == null
                                ? null
                                : "ingressi ed esiti della decisione " + decisione.getDecisionDefinitionKey();
                    }
                }
                if (idIstanza == null) {
                    return null;
                }
                HistoricProcessInstanceEntity istanza =
                        contesto.getHistoricProcessInstanceManager().findHistoricProcessInstance(idIstanza);
                return istanza == null ? null : new Lettura(istanza.getBusinessKey(), cosa);
            });
        }

        /** A process instance, running or closed, by its history. */
        static Optional<Lettura> dallaStoria(ProcessEngine engine, String idIstanza, String cosa) {
            return esegui(engine, contesto -> {
                HistoricProcessInstanceEntity istanza =
                        contesto.getHistoricProcessInstanceManager().findHistoricProcessInstance(idIstanza);
                return istanza == null ? null : new Lettura(istanza.getBusinessKey(), cosa);
            });
        }

        private static Optional<Lettura> esegui(ProcessEngine engine, Command<Lettura> comando) {
            var configurazione = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
            return Optional.ofNullable(configurazione
                            .getCommandExecutorTxRequired()
                            .execute(contesto -> contesto.runWithoutAuthorization(() -> comando.execute(contesto))))
                    .filter(lettura -> lettura.numeroPratica() != null);
        }
    }
}
