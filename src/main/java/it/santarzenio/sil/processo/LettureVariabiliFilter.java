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

    private static final Pattern DEL_COMPITO =
            Pattern.compile(PORTE + "/task/([^/]+)/(form-variables|variables)" + VARIABILI);
    private static final Pattern DELL_ISTANZA =
            Pattern.compile(PORTE + "/process-instance/([^/]+)/variables" + VARIABILI);
    /** Queries of variables and of their history (not their counts, which show no value). */
    private static final Pattern INTERROGAZIONE =
            Pattern.compile(PORTE + "/(variable-instance|history/variable-instance|history/detail)/?");

    /** One variable by its id, its value or its binary content, running or in history. */
    private static final Pattern VARIABILE =
            Pattern.compile(PORTE + "/(history/)?variable-instance/([^/]+)(?:/data)?/?");

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
        return !"GET".equals(richiesta.getMethod())
                && !("POST".equals(richiesta.getMethod())
                        && INTERROGAZIONE.matcher(percorso(richiesta)).matches());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest richiesta, HttpServletResponse risposta, FilterChain catena)
            throws ServletException, IOException {
        String percorso = percorso(richiesta);
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
            registraInterrogazione(utente, interrogazione.group(2), letta, porta);
            return;
        }
        if (variabile.matches()) {
            registra(
                    utente,
                    Lettura.dellaVariabile(engine, variabile.group(3), variabile.group(2) != null),
                    percorso,
                    porta);
            return;
        }
        var lettura = compito.matches()
                ? Lettura.delCompito(engine, compito.group(2), compito.group(3))
                : Lettura.dellIstanza(engine, istanza.group(2));
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
                        (risorsa.equals("form-variables") ? "dati del modulo del compito " : "variabili del compito ")
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

        /** One variable by its id: running, or in history. */
        static Optional<Lettura> dellaVariabile(ProcessEngine engine, String idVariabile, boolean storica) {
            return esegui(engine, contesto -> {
                String idIstanza;
                String nome;
                if (storica) {
                    var variabile =
                            contesto.getDbEntityManager().selectById(HistoricVariableInstanceEntity.class, idVariabile);
                    idIstanza = variabile == null ? null : variabile.getProcessInstanceId();
                    nome = variabile == null ? null : variabile.getName();
                } else {
                    var variabile = contesto.getDbEntityManager().selectById(VariableInstanceEntity.class, idVariabile);
                    idIstanza = variabile == null ? null : variabile.getProcessInstanceId();
                    nome = variabile == null ? null : variabile.getName();
                }
                if (idIstanza == null) {
                    return null;
                }
                HistoricProcessInstanceEntity istanza =
                        contesto.getHistoricProcessInstanceManager().findHistoricProcessInstance(idIstanza);
                return istanza == null ? null : new Lettura(istanza.getBusinessKey(), "variabile " + nome);
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
