package it.santarzenio.sil.processo.sicurezza;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets the webapps' plugins call {@code /api} in the operator's Tasklist or Cockpit session, without a second login:
 * a request without an {@code Authorization} header, whose HTTP session carries the webapps' login for engine
 * {@code motore}, is authenticated as that user, with their groups read again from the identity service (a group
 * removed in Admin counts at once). A request that changes something (any method but GET, HEAD, OPTIONS, TRACE) must
 * also send the session's CSRF token in {@code X-XSRF-TOKEN}, as Tasklist does for its own calls; without it, 403. A
 * request the browser marks {@code Sec-Fetch-Site: cross-site} is left anonymous. Basic authentication is untouched
 * and comes first.
 */
final class SessioneWebappFilter extends OncePerRequestFilter {

    private static final Set<String> METODI_SICURI = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final IdentityService identita;
    private final String motore;

    SessioneWebappFilter(IdentityService identita, String motore) {
        this.identita = identita;
        this.motore = motore;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest richiesta, HttpServletResponse risposta, FilterChain catena)
            throws ServletException, IOException {
        var sessione = richiesta.getSession(false);
        if (richiesta.getHeader(HttpHeaders.AUTHORIZATION) != null
                || sessione == null
                // What the browser itself marks as sent by another site never uses the session.
                || "cross-site".equals(richiesta.getHeader("Sec-Fetch-Site"))
                || SecurityContextHolder.getContext().getAuthentication() != null) {
            catena.doFilter(richiesta, risposta);
            return;
        }
        var autenticazioni = AuthenticationUtil.getAuthsFromSession(sessione);
        if (!(autenticazioni.getAuthenticationForProcessEngine(motore) instanceof UserAuthentication utente)
                || identita.createUserQuery().userId(utente.getIdentityId()).count() == 0) {
            catena.doFilter(richiesta, risposta);
            return;
        }
        if (!METODI_SICURI.contains(richiesta.getMethod())
                && !stessoToken(
                        richiesta.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME),
                        sessione.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME))) {
            risposta.setStatus(HttpStatus.FORBIDDEN.value());
            risposta.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            risposta.setCharacterEncoding(StandardCharsets.UTF_8.name());
            risposta.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,\"detail\":\"Richiesta"
                            + " rifiutata: manca il codice di sicurezza della sessione (X-XSRF-TOKEN). Ricaricare la"
                            + " pagina e riprovare.\"}");
            return;
        }
        var gruppi = identita.createGroupQuery().groupMember(utente.getIdentityId()).list().stream()
                .map(gruppo -> new SimpleGrantedAuthority(gruppo.getId()))
                .toList();
        var contesto = SecurityContextHolder.createEmptyContext();
        contesto.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(utente.getIdentityId(), null, gruppi));
        SecurityContextHolder.setContext(contesto);
        try {
            catena.doFilter(richiesta, risposta);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static boolean stessoToken(String inviato, Object atteso) {
        return inviato != null
                && atteso instanceof String token
                && MessageDigest.isEqual(
                        inviato.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }
}
