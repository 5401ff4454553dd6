package it.santarzenio.sil.abbinamento.web;

import java.util.Arrays;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The Camunda groups that may use the matching API (the user's groups are their authorities). */
final class Gruppi {

    static final String PARTNER = "societa-partner";
    static final String INFORMATIVO = "sportello-informativo";
    static final String SPECIALISTICO = "sportello-specialistico";
    static final String ADMIN = "camunda-admin";

    private Gruppi() {}

    /** Refuses with 403 and an Italian sentence unless the user is in one of the groups. */
    static void richiedi(Authentication utente, String perche, String... gruppi) {
        boolean ammesso = utente.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(Arrays.asList(gruppi)::contains);
        if (!ammesso) {
            throw new OperazioneRiservataException(perche);
        }
    }
}
