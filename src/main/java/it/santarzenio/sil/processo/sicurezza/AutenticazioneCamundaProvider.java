package it.santarzenio.sil.processo.sicurezza;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/** Checks /api credentials against the engine's users; each Camunda group becomes an authority of that name. */
@Component
class AutenticazioneCamundaProvider implements AuthenticationProvider {

    private final IdentityService identita;

    AutenticazioneCamundaProvider(IdentityService identita) {
        this.identita = identita;
    }

    @Override
    public Authentication authenticate(Authentication richiesta) {
        String utente = richiesta.getName();
        String password = String.valueOf(richiesta.getCredentials());
        if (utente == null || utente.isBlank() || !identita.checkPassword(utente, password)) {
            throw new BadCredentialsException("Credenziali non valide");
        }
        var gruppi = identita.createGroupQuery().groupMember(utente).list().stream()
                .map(gruppo -> new SimpleGrantedAuthority(gruppo.getId()))
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(utente, null, gruppi);
    }

    @Override
    public boolean supports(Class<?> tipo) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(tipo);
    }
}
