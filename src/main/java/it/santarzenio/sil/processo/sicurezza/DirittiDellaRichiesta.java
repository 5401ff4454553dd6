package it.santarzenio.sil.processo.sicurezza;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What one HTTP request of the engine's REST API (its own, and the webapps' one that Tasklist calls) has already
 * asked the authorization tables, for the rest of that request only (ADR 0026).
 *
 * <p>The engine opens a new command, with a new authorization manager, for each service call, and a request makes
 * several: Tasklist's list of a filter makes three (the filter, its page, its count), and each asks again whether the
 * caller holds a revocation and may read the filter. {@link GestoreAutorizzazioni} notes both answers here, by the
 * caller's user and groups, and a later command of the same request reuses them. Nothing outlives the request: a
 * changed authorization applies from the next request on, as it would between the engine's commands.
 */
@Configuration(proxyBeanMethods = false)
class DirittiDellaRichiesta extends OncePerRequestFilter {

    private static final ThreadLocal<Map<Risposta, Boolean>> RISPOSTE = new ThreadLocal<>();

    /** One question to the authorization tables: its kind, the caller, and what it is about. */
    record Risposta(String domanda, String utente, List<String> gruppi, String risorsa) {}

    @Bean
    FilterRegistrationBean<DirittiDellaRichiesta> registrazioneDirittiDellaRichiesta() {
        var registrazione = new FilterRegistrationBean<>(this);
        registrazione.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registrazione.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registrazione;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest richiesta, HttpServletResponse risposta, FilterChain catena)
            throws ServletException, IOException {
        RISPOSTE.set(new HashMap<>());
        try {
            catena.doFilter(richiesta, risposta);
        } finally {
            RISPOSTE.remove();
        }
    }

    /**
     * The answer this request already had to {@code domanda}, or the one {@code chiedi} gives, noted when it is
     * {@code true} or {@code soloSeVero} is false. Outside an HTTP request (the job executor, the tests' direct calls)
     * it always asks.
     */
    static boolean risposta(Risposta domanda, boolean soloSeVero, BooleanSupplier chiedi) {
        var risposte = RISPOSTE.get();
        if (risposte == null) {
            return chiedi.getAsBoolean();
        }
        Boolean nota = risposte.get(domanda);
        if (nota != null) {
            return nota;
        }
        boolean data = chiedi.getAsBoolean();
        if (data || !soloSeVero) {
            risposte.put(domanda, data);
        }
        return data;
    }
}
