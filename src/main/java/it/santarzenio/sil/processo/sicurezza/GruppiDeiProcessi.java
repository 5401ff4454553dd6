package it.santarzenio.sil.processo.sicurezza;

import it.santarzenio.sil.processo.Processi;
import java.util.Map;
import java.util.Optional;

/**
 * Whose tasks each process definition holds: one group per process, so that a group's task rights are one grant on
 * the definition instead of one authorization row per task (ADR 0010). A process that needs a second group's task
 * calls a process of its own for it (ADR 0007). {@code ModelliTest} checks every user task of the models against
 * this map.
 */
public final class GruppiDeiProcessi {

    private static final Map<String, Gruppo> TITOLARI = Map.of(
            Processi.PERCORSO_CITTADINO, Gruppo.SPORTELLO_INFORMATIVO,
            Processi.ORIENTAMENTO_SPECIALISTICO, Gruppo.SPORTELLO_SPECIALISTICO,
            Processi.ABBINAMENTO_DOMANDA_OFFERTA, Gruppo.SOCIETA_PARTNER,
            Processi.APPROVAZIONE_CABINA_DI_REGIA, Gruppo.CABINA_DI_REGIA);

    private GruppiDeiProcessi() {}

    /** The group whose tasks the process definition {@code chiave} holds, if it is one of ours. */
    public static Optional<Gruppo> titolare(String chiave) {
        return Optional.ofNullable(TITOLARI.get(chiave));
    }

    static Map<String, Gruppo> tutti() {
        return TITOLARI;
    }
}
