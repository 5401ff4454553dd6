package it.santarzenio.sil.processo;

import it.santarzenio.sil.NomiOperatori;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** The names the administrators gave the users in Admin (first and last name), one query for all the ids asked. */
@Component
class NomiOperatoriDelMotore implements NomiOperatori {

    private final IdentityService identita;

    NomiOperatoriDelMotore(IdentityService identita) {
        this.identita = identita;
    }

    @Override
    public Map<String, String> nomi(Collection<String> utenti) {
        var ids = utenti.stream().filter(Objects::nonNull).distinct().toArray(String[]::new);
        var nomi = new HashMap<String, String>();
        nomi.put(Operatore.SISTEMA, "procedura automatica");
        if (ids.length == 0) {
            return nomi;
        }
        for (User utente : identita.createUserQuery().userIdIn(ids).list()) {
            String nome = Stream.of(utente.getFirstName(), utente.getLastName())
                    .filter(parte -> parte != null && !parte.isBlank())
                    .collect(Collectors.joining(" "));
            nomi.put(utente.getId(), nome.isBlank() ? utente.getId() : nome);
        }
        return nomi;
    }
}
