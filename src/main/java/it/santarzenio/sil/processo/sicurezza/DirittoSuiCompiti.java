package it.santarzenio.sil.processo.sicurezza;

/**
 * A row of the caller's authorizations on tasks or process definitions, as {@link GestoreAutorizzazioni} reads them
 * (statement {@code selectDirittiSuiCompiti}): a grant on a definition key comes once per deployed version of it, with
 * that version's id in {@code definizione} (null when none is deployed, or for another resource).
 */
final class DirittoSuiCompiti {

    private int tipo;
    private int risorsa;
    private String idRisorsa;
    private int permessi;
    private String definizione;

    int tipo() {
        return tipo;
    }

    int risorsa() {
        return risorsa;
    }

    String idRisorsa() {
        return idRisorsa;
    }

    /** Whether the row holds every bit of {@code permesso}. */
    boolean concede(int permesso) {
        return (permessi & permesso) == permesso;
    }

    String definizione() {
        return definizione;
    }
}
