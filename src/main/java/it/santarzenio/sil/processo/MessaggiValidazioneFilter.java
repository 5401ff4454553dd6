package it.santarzenio.sil.processo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * What the operator reads when a form is refused. The engine's REST layer answers 400 with "Cannot complete task
 * 4f2c…: &lt;message&gt;"; this filter keeps only the Italian message. Tasklist escapes it itself (a browser test
 * checks that markup typed into a form and echoed in a message stays text).
 */
@Configuration
class MessaggiValidazioneFilter extends OncePerRequestFilter {

    private static final Pattern PREFISSO_ENGINE = Pattern.compile(
            "^Cannot (?:instantiate process definition|complete task|submit task form|submit form) \\S+: (.*)$",
            Pattern.DOTALL);
    private static final Pattern INVII = Pattern.compile(".*/(submit-form|complete|start)$");

    private final ObjectMapper json = new ObjectMapper();

    @Bean
    FilterRegistrationBean<MessaggiValidazioneFilter> registrazioneMessaggiValidazione() {
        var registrazione = new FilterRegistrationBean<>(this);
        registrazione.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        return registrazione;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest richiesta) {
        return !"POST".equals(richiesta.getMethod())
                || !INVII.matcher(richiesta.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest richiesta, HttpServletResponse risposta, FilterChain catena)
            throws ServletException, IOException {
        var memorizzata = new ContentCachingResponseWrapper(risposta);
        catena.doFilter(richiesta, memorizzata);
        if (memorizzata.getStatus() == HttpServletResponse.SC_BAD_REQUEST
                && memorizzata.getContentType() != null
                && memorizzata.getContentType().contains("json")) {
            riscrivi(memorizzata);
        }
        memorizzata.copyBodyToResponse();
    }

    private void riscrivi(ContentCachingResponseWrapper risposta) throws IOException {
        var corpo = json.readTree(risposta.getContentAsByteArray());
        if (corpo instanceof ObjectNode errore && errore.path("message").isTextual()) {
            var prefisso = PREFISSO_ENGINE.matcher(errore.path("message").asText());
            if (prefisso.matches()) {
                errore.put("message", prefisso.group(1));
                risposta.resetBuffer();
                risposta.getOutputStream().write(json.writeValueAsBytes(errore));
            }
        }
    }
}
