package it.santarzenio.sil.processo.sicurezza;

import static org.assertj.core.api.Assertions.assertThat;

import it.santarzenio.sil.AvvioSeparato;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Groups, demo users, filters, authorizations and deployments are created once: restarting a node adds nothing (not
 * even a new version of an unchanged process).
 */
class DatiDemoIdempotentiIT {

    private static final Map<String, String> TABELLE = Map.of(
            "utenti", "select id_ from act_id_user",
            "gruppi", "select id_ || ' ' || type_ from act_id_group",
            "appartenenze", "select user_id_ || ' ' || group_id_ from act_id_membership",
            "filtri", "select name_ || ' ' || owner_ from act_ru_filter",
            "definizioni", "select key_ || ' v' || version_ from act_re_procdef",
            "decisioni", "select key_ || ' v' || version_ from act_re_decision_def",
            "autorizzazioni",
                    "select coalesce(group_id_, user_id_) || ' ' || resource_type_ || ' ' || resource_id_"
                            + " || ' ' || perms_ from act_ru_authorization");

    @Test
    void secondoAvvioSullaStessaBase_nonCreaNullaDueVolte() {
        var primo = fotografia();
        var secondo = fotografia();

        assertThat(primo.get("utenti"))
                .containsExactlyInAnyOrder(
                        "admin", "informativo", "specialistico", "partner", "cabina", "responsabile");
        assertThat(primo.get("gruppi")).hasSize(Gruppo.values().length);
        assertThat(primo.get("appartenenze")).hasSize(6);
        // "I miei compiti", "Compiti del mio gruppo", one per group (4), "Colloqui di oggi" per desk (2).
        assertThat(primo.get("filtri")).hasSize(8);
        assertThat(primo.get("definizioni")).contains("PercorsoCittadinoProcess v1");
        assertThat(secondo).isEqualTo(primo);
    }

    /** Starts the application on the same database, reads what the start-up created, stops it. */
    private static Map<String, List<String>> fotografia() {
        try (var contesto = AvvioSeparato.demoSuPostgres("sil_riavvio")) {
            var jdbc = contesto.getBean(JdbcTemplate.class);
            var righe = new LinkedHashMap<String, List<String>>();
            TABELLE.forEach((nome, sql) -> righe.put(nome, jdbc.queryForList(sql + " order by 1", String.class)));
            return righe;
        }
    }
}
