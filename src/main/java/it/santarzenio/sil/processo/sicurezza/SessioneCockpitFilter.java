package it.santarzenio.sil.processo.sicurezza;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets the Cockpit plugin "Cruscotto" read {@code GET /api/cruscotto/**} with the user's Cockpit session, so the
 * manager does not log in twice. Only reads: a GET changes nothing, the session cookie is SameSite=Lax (not sent by
 * another site's scripts or images), and a request a browser marks as cross-site is ignored here, so a page elsewhere
 * can neither read the figures nor use the session. The groups are read again from the engine, not from the session,
 * so a manager removed from {@code responsabili} loses the figures at once. Requests with credentials of their own
 * (HTTP Basic) are left to Basic.
 */
class SessioneCockpitFilter extends OncePerRequestFilter {

    static final String PERCORSO = "/api/cruscotto";
    private static final String COCKPIT = "cockpit";

    private final IdentityService identita;

    SessioneCockpitFilter(IdentityService identita) {
        this.identita = identita;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest richiesta) {
        String percorso =
                richiesta.getRequestURI().substring(richiesta.getContextPath().length());
        boolean lettura = "GET".equals(richiesta.getMethod()) || "HEAD".equals(richiesta.getMethod());
        return !lettura
                || !(percorso.equals(PERCORSO) || percorso.startsWith(PERCORSO + "/"))
                || richiesta.getHeader(HttpHeaders.AUTHORIZATION) != null
                || "cross-site".equals(richiesta.getHeader("Sec-Fetch-Site"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest richiesta, HttpServletResponse risposta, FilterChain catena)
            throws ServletException, IOException {
        var sessione = richiesta.getSession(false);
        var autenticazioni = sessione == null ? null : AuthenticationUtil.getAuthsFromSession(sessione);
        if (autenticazioni != null) {
            autenticazioni.getAuthentications().stream()
                    .filter(utente -> utente.isAuthorizedForApp(COCKPIT))
                    .map(UserAuthentication::getIdentityId)
                    .filter(utente -> identita.createUserQuery().userId(utente).count() == 1)
                    .findFirst()
                    .ifPresent(utente -> {
                        var gruppi = identita.createGroupQuery().groupMember(utente).list().stream()
                                .map(gruppo -> new SimpleGrantedAuthority(gruppo.getId()))
                                .toList();
                        var contesto = SecurityContextHolder.createEmptyContext();
                        contesto.setAuthentication(
                                UsernamePasswordAuthenticationToken.authenticated(utente, null, gruppi));
                        SecurityContextHolder.setContext(contesto);
                    });
        }
        catena.doFilter(richiesta, risposta);
    }
}
