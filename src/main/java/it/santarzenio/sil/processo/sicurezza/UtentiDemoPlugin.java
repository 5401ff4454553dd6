package it.santarzenio.sil.processo.sicurezza;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo users of design.md section 2, one per group, only in the demo profile. A restart creates nothing twice.
 * The demo administrator is the starter's admin user (application-demo.yaml).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
@ConditionalOnProperty(name = "sil.demo.abilitata", havingValue = "true")
class UtentiDemoPlugin extends AbstractProcessEnginePlugin {

    record UtenteDemo(String id, String nome, String cognome, Gruppo gruppo) {}

    static final List<UtenteDemo> UTENTI = List.of(
            new UtenteDemo("informativo", "Giulia", "Marchetti", Gruppo.SPORTELLO_INFORMATIVO),
            new UtenteDemo("specialistico", "Marco", "Esposito", Gruppo.SPORTELLO_SPECIALISTICO),
            new UtenteDemo("partner", "Chiara", "Bianchi", Gruppo.SOCIETA_PARTNER),
            new UtenteDemo("cabina", "Antonio", "Greco", Gruppo.CABINA_DI_REGIA),
            new UtenteDemo("responsabile", "Francesca", "Romano", Gruppo.RESPONSABILI));

    private final String password;

    UtentiDemoPlugin(@Value("${sil.demo.password}") String password) {
        this.password = password;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        var identita = engine.getIdentityService();
        for (UtenteDemo demo : UTENTI) {
            if (identita.createUserQuery().userId(demo.id()).count() == 0) {
                var utente = identita.newUser(demo.id());
                utente.setFirstName(demo.nome());
                utente.setLastName(demo.cognome());
                utente.setEmail(demo.id() + "@comune.santarzenio.example");
                utente.setPassword(password);
                identita.saveUser(utente);
            }
            if (identita.createUserQuery()
                            .userId(demo.id())
                            .memberOfGroup(demo.gruppo().id())
                            .count()
                    == 0) {
                identita.createMembership(demo.id(), demo.gruppo().id());
            }
        }
    }
}
