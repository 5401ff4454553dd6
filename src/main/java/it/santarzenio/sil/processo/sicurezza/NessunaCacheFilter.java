package it.santarzenio.sil.processo.sicurezza;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers of /engine-rest hold citizens' data: no cache may store them. Camunda's REST layer sets
 * "Cache-Control: no-cache" (revalidate, but store) over Spring Security's no-store; this filter, first in the chain,
 * keeps no-store whatever comes later.
 */
@Configuration
class NessunaCacheFilter extends OncePerRequestFilter {

    static final String NESSUNA_CACHE = "no-cache, no-store, max-age=0, must-revalidate";

    @Bean
    FilterRegistrationBean<NessunaCacheFilter> registrazioneNessunaCache() {
        var registrazione = new FilterRegistrationBean<>(this);
        registrazione.addUrlPatterns("/engine-rest/*");
        registrazione.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registrazione;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest richiesta, HttpServletResponse risposta, FilterChain catena)
            throws ServletException, IOException {
        risposta.setHeader("Cache-Control", NESSUNA_CACHE);
        catena.doFilter(richiesta, new HttpServletResponseWrapper(risposta) {
            @Override
            public void setHeader(String nome, String valore) {
                if (!"Cache-Control".equalsIgnoreCase(nome)) {
                    super.setHeader(nome, valore);
                }
            }

            @Override
            public void addHeader(String nome, String valore) {
                if (!"Cache-Control".equalsIgnoreCase(nome)) {
                    super.addHeader(nome, valore);
                }
            }
        });
    }
}
