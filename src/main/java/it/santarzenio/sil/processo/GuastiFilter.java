package it.santarzenio.sil.processo;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricTaskInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Two operators on one task, or a database gone, is no fault of the system the operator should read as a 500: the
 * answer is 409 or 503 with the Italian message of the {@link Guasto}, on the three doors ({@code /api},
 * {@code /engine-rest}, the webapps' {@code /camunda/api}), whatever layer failed (the engine's command, its commit,
 * a JPA write, the login). A task's action refused because the task is no longer open (another operator completed
 * it a moment before: the engine then answers 400, 403, 404 or 500 depending on where it noticed) is a 409 too.
 *
 * <p>Outside Spring Security, so that a login that cannot reach the database is a 503 and not a 401 or a 500.
 */
@Configuration
class GuastiFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(GuastiFilter.class);
    private static final Pattern AZIONE_SUL_COMPITO =
            Pattern.compile("(?:/engine-rest|/camunda/api/engine/engine/[^/]+)/task/([^/]+)/"
                    + "(?:complete|submit-form|resolve|claim|unclaim|assignee|delegate)/?");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProcessEngine engine;

    GuastiFilter(ProcessEngine engine) {
        this.engine = engine;
    }

    @Bean
    FilterRegistrationBean<GuastiFilter> registrazioneGuasti() {
        var registrazione = new FilterRegistrationBean<>(this);
        registrazione.addUrlPatterns("/api/*", "/engine-rest/*", "/camunda/api/*");
        // Before Spring Security (-100) and the engine REST's authentication filter.
        registrazione.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registrazione;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest richiesta, HttpServletResponse risposta, FilterChain catena)
            throws ServletException, IOException {
        var memorizzata = new ContentCachingResponseWrapper(risposta);
        GuastiDelMotorePlugin.apri();
        Optional<Guasto> guasto;
        boolean eccezione = false;
        try {
            catena.doFilter(richiesta, memorizzata);
            guasto = GuastiDelMotorePlugin.chiudi();
        } catch (IOException | ServletException | RuntimeException errore) {
            var delMotore = GuastiDelMotorePlugin.chiudi();
            guasto = Guasto.tra(errore).or(() -> delMotore);
            if (guasto.isEmpty() || memorizzata.isCommitted()) {
                throw errore;
            }
            eccezione = true;
            LOG.warn("{} {}: {}", richiesta.getMethod(), richiesta.getRequestURI(), guasto.get(), errore);
        }
        if (memorizzata.getStatus() >= 400 && memorizzata.getStatus() != HttpServletResponse.SC_UNAUTHORIZED) {
            guasto = guasto.or(() -> compitoNonPiuAperto(richiesta));
        }
        if (guasto.isEmpty() && !dellApi(richiesta) && memorizzata.getStatus() >= 400) {
            ErroriDelMotore.correggi(richiesta, memorizzata);
        }
        if (guasto.isPresent() && (eccezione || memorizzata.getStatus() >= 400)) {
            LOG.info(
                    "{} {}: {} {} invece di {}",
                    richiesta.getMethod(),
                    richiesta.getRequestURI(),
                    guasto.get().stato().value(),
                    guasto.get(),
                    eccezione ? "un'eccezione" : memorizzata.getStatus());
            rispondi(richiesta, memorizzata, guasto.get());
        }
        memorizzata.copyBodyToResponse();
    }

    private static boolean dellApi(HttpServletRequest richiesta) {
        return richiesta.getRequestURI().startsWith(richiesta.getContextPath() + "/api/");
    }

    /** A task action on a task that existed and is closed now: by another operator's hand, or by its case's end. */
    private Optional<Guasto> compitoNonPiuAperto(HttpServletRequest richiesta) {
        if (!"POST".equals(richiesta.getMethod())) {
            return Optional.empty();
        }
        var azione = AZIONE_SUL_COMPITO.matcher(
                richiesta.getRequestURI().substring(richiesta.getContextPath().length()));
        if (!azione.matches()) {
            return Optional.empty();
        }
        String id = azione.group(1);
        try {
            var configurazione = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
            return Optional.ofNullable(configurazione
                    .getCommandExecutorTxRequired()
                    .execute(contesto -> contesto.runWithoutAuthorization(() -> {
                        if (contesto.getDbEntityManager().selectById(TaskEntity.class, id) != null) {
                            return null;
                        }
                        var storico = contesto.getDbEntityManager().selectById(HistoricTaskInstanceEntity.class, id);
                        if (storico == null || storico.getEndTime() == null) {
                            return null;
                        }
                        return "completed".equals(storico.getDeleteReason())
                                ? Guasto.COMPITO_GIA_COMPLETATO
                                : Guasto.COMPITO_CHIUSO;
                    })));
        } catch (RuntimeException e) {
            return Guasto.tra(e);
        }
    }

    private static void rispondi(HttpServletRequest richiesta, ContentCachingResponseWrapper risposta, Guasto guasto)
            throws IOException {
        risposta.resetBuffer();
        risposta.setStatus(guasto.stato().value());
        risposta.setCharacterEncoding("UTF-8");
        if (guasto.stato() == HttpStatus.SERVICE_UNAVAILABLE) {
            risposta.setHeader("Retry-After", "60");
        }
        var corpo = new LinkedHashMap<String, Object>();
        if (dellApi(richiesta)) {
            risposta.setContentType("application/problem+json");
            corpo.put("type", "about:blank");
            corpo.put(
                    "title",
                    switch (guasto.stato()) {
                        case CONFLICT -> "Modifica contemporanea";
                        case BAD_REQUEST -> "Richiesta non valida";
                        default -> "Servizio non disponibile";
                    });
            corpo.put("status", guasto.stato().value());
            corpo.put("detail", guasto.messaggio());
        } else {
            // The engine REST API's error shape, whose "message" Tasklist shows.
            risposta.setContentType("application/json");
            corpo.put(
                    "type",
                    switch (guasto.stato()) {
                        case CONFLICT -> "Conflitto";
                        case BAD_REQUEST -> "InvalidRequestException";
                        default -> "ServizioNonDisponibile";
                    });
            corpo.put("message", guasto.messaggio());
        }
        risposta.getOutputStream().write(JSON.writeValueAsBytes(corpo));
    }
}
