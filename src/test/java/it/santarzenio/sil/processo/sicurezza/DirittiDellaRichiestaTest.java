package it.santarzenio.sil.processo.sicurezza;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.santarzenio.sil.ApplicazioneSuH2;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Within one HTTP request the caller's right to read a filter is asked once (ADR 0026); a denial is asked again, and
 * nothing outlives the request.
 */
@ApplicazioneSuH2
class DirittiDellaRichiestaTest {

    private static final String UTENTE = "informativo";

    private final ProcessEngine engine;
    private final DirittiDellaRichiesta richiesta = new DirittiDellaRichiesta();
    private String filtro;

    DirittiDellaRichiestaTest(ProcessEngine engine) {
        this.engine = engine;
    }

    @BeforeEach
    void unFiltroSenzaDiritti() {
        var nuovo = engine.getFilterService()
                .newTaskFilter("Prova dei diritti della richiesta")
                .setOwner("responsabile")
                .setQuery(engine.getTaskService().createTaskQuery().taskAssignee(UTENTE));
        filtro = engine.getFilterService().saveFilter(nuovo).getId();
    }

    @AfterEach
    void viaIlFiltro() {
        engine.getFilterService().deleteFilter(filtro);
    }

    @Test
    void unaLetturaConcessaValePerIlRestoDellaRichiestaENonOltre() throws Exception {
        String diritto = concediLettura();

        nellaRichiesta(() -> {
            assertThat(conta()).isZero();
            engine.getAuthorizationService().deleteAuthorization(diritto);
            assertThat(conta()).as("the same request: the answer it had").isZero();
        });

        assertThatThrownBy(this::conta)
                .as("outside any request the engine asks")
                .isInstanceOf(AuthorizationException.class);
        nellaRichiesta(() -> assertThatThrownBy(this::conta)
                .as("the next request asks again")
                .isInstanceOf(AuthorizationException.class)
                .hasMessageContaining("READ")
                .hasMessageContaining(filtro));
    }

    @Test
    void unaLetturaNegataVieneChiestaDiNuovo() throws Exception {
        nellaRichiesta(() -> {
            assertThatThrownBy(this::conta).isInstanceOf(AuthorizationException.class);
            String diritto = concediLettura();
            try {
                assertThat(conta()).isZero();
            } finally {
                engine.getAuthorizationService().deleteAuthorization(diritto);
            }
        });
    }

    @Test
    void ilDirittoDiUnUtenteNonValePerUnAltro() throws Exception {
        String diritto = concediLettura();
        try {
            nellaRichiesta(() -> {
                assertThat(conta()).isZero();
                assertThatThrownBy(() -> comeUtente(
                                "partner", List.of(Gruppo.SOCIETA_PARTNER.id()), () -> engine.getFilterService()
                                        .count(filtro)))
                        .isInstanceOf(AuthorizationException.class);
            });
        } finally {
            engine.getAuthorizationService().deleteAuthorization(diritto);
        }
    }

    private String concediLettura() {
        var autorizzazioni = engine.getAuthorizationService();
        Authorization lettura = autorizzazioni.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        lettura.setUserId(UTENTE);
        lettura.setResource(Resources.FILTER);
        lettura.setResourceId(filtro);
        lettura.addPermission(Permissions.READ);
        return autorizzazioni.saveAuthorization(lettura).getId();
    }

    private long conta() {
        return comeUtente(UTENTE, List.of(Gruppo.SPORTELLO_INFORMATIVO.id()), () -> engine.getFilterService()
                .count(filtro));
    }

    private <T> T comeUtente(String utente, List<String> gruppi, java.util.function.Supplier<T> azione) {
        engine.getIdentityService().setAuthentication(utente, gruppi);
        try {
            return azione.get();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    /** {@code azione} inside one request of the engine REST API, as the servlet filter opens it. */
    private void nellaRichiesta(Runnable azione) throws Exception {
        richiesta.doFilter(
                new MockHttpServletRequest("GET", "/engine-rest/filter/" + filtro + "/count"),
                new MockHttpServletResponse(),
                (r, s) -> azione.run());
    }
}
