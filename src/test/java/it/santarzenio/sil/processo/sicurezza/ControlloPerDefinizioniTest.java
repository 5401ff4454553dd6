package it.santarzenio.sil.processo.sicurezza;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.junit.jupiter.api.Test;

/** The ids written into the SQL of a desk's task query are only those the engine makes (ADR 0023). */
class ControlloPerDefinizioniTest {

    private final AuthorizationCheck delMotore = new AuthorizationCheck("informativo", List.of(), null, true);

    @Test
    void gliIdDelMotore_entranoNellInterrogazione_eIlJoinDelMotoreSiSpegne() {
        var ids = List.of(
                "PercorsoCittadinoProcess:3:795b26b1-ef1e-11f1-9374-02fc00000001",
                "8ba65ce5-ef25-11f1-8fe0-02fc00000001",
                "Verifica.Esiti_Processò:1:x");

        assertThat(ControlloPerDefinizioni.per(delMotore, ids)).hasValueSatisfying(controllo -> {
            assertThat(controllo.getDefinizioni()).isEqualTo(ids);
            assertThat(controllo.isAuthorizationCheckEnabled()).isFalse();
            assertThat(controllo.getAuthUserId()).isEqualTo("informativo");
        });
    }

    @Test
    void unIdCheChiudeLaStringaSql_ilControlloDelMotoreResta() {
        for (String id : List.of("a' or '1'='1", "a\\'", "a b", "", "x".repeat(65), "a;--")) {
            assertThat(ControlloPerDefinizioni.per(delMotore, List.of("PercorsoCittadinoProcess:1:1", id)))
                    .as(id)
                    .isEmpty();
        }
    }
}
