package it.santarzenio.sil.processo;

import it.santarzenio.sil.accesso.AccessoService;
import it.santarzenio.sil.audit.AuditService;
import it.santarzenio.sil.audit.Azione;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Audits the reads of a case's data through the engine: an operator opening a task in Tasklist (which loads the task's
 * form variables through {@code /camunda/api/engine}) or any client of {@code /engine-rest} reading the variables of a
 * task or a process instance, all of them or one by name. Queries of variables ({@code /variable-instance},
 * {@code /history/...}, Cockpit's variables tab) are not covered: only administrators may run them. After an answer 2xx (the engine has checked the caller's rights) it writes one LETTURA
 * row naming the case and its citizen. A refused read (403, 404) writes nothing.
 *
 * <p>Cost: one engine command (two primary-key reads, without authorization checks: the caller was already allowed)
 * and one citizen lookup per read, none for any other request.
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
        return !"GET".equals(richiesta.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest richiesta, HttpServletResponse risposta, FilterChain catena)
            throws ServletException, IOException {
        String percorso =
                richiesta.getRequestURI().substring(richiesta.getContextPath().length());
        Matcher compito = DEL_COMPITO.matcher(percorso);
        Matcher istanza = DELL_ISTANZA.matcher(percorso);
        boolean daRegistrare = compito.matches() || istanza.matches();
        String utente = daRegistrare ? utente(richiesta) : null;
        catena.doFilter(richiesta, risposta);
        if (!daRegistrare || risposta.getStatus() / 100 != 2) {
            return;
        }
        var letta = compito.matches()
                ? Lettura.delCompito(engine, compito.group(2), compito.group(3))
                : Lettura.dellIstanza(engine, istanza.group(2));
        if (utente == null || letta.isEmpty()) {
            LOG.warn("Lettura di variabili non registrabile nel registro audit: {} (utente {})", percorso, utente);
            return;
        }
        audit.registra(
                utente,
                Azione.LETTURA,
                "pratica",
                letta.get().numeroPratica(),
                accessi.idCittadinoDellaPratica(letta.get().numeroPratica()).orElse(null),
                letta.get().cosa() + (percorso.startsWith("/engine-rest") ? " (REST)" : " (Tasklist/Cockpit)"));
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

        private static Optional<Lettura> esegui(ProcessEngine engine, Command<Lettura> comando) {
            var configurazione = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
            return Optional.ofNullable(configurazione
                            .getCommandExecutorTxRequired()
                            .execute(contesto -> contesto.runWithoutAuthorization(() -> comando.execute(contesto))))
                    .filter(lettura -> lettura.numeroPratica() != null);
        }
    }
}
