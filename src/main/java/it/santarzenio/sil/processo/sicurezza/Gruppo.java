package it.santarzenio.sil.processo.sicurezza;

/** The Camunda groups of design.md section 2: one per role of the service. */
public enum Gruppo {
    SPORTELLO_INFORMATIVO("sportello-informativo", "Sportello Informativo di Orientamento al Lavoro"),
    SPORTELLO_SPECIALISTICO("sportello-specialistico", "Sportello di Orientamento Specialistico"),
    SOCIETA_PARTNER("societa-partner", "Società partner (incontro domanda/offerta)"),
    CABINA_DI_REGIA("cabina-di-regia", "Cabina di Regia"),
    RESPONSABILI("responsabili", "Responsabili del servizio"),
    CAMUNDA_ADMIN("camunda-admin", "Amministratori di sistema");

    private final String id;
    private final String nome;

    Gruppo(String id, String nome) {
        this.id = id;
        this.nome = nome;
    }

    public String id() {
        return id;
    }

    public String nome() {
        return nome;
    }

    /** The groups that work cases in Tasklist. */
    public boolean operativo() {
        return this != RESPONSABILI && this != CAMUNDA_ADMIN;
    }
}
