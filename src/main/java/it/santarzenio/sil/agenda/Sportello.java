package it.santarzenio.sil.agenda;

/** The two desks that receive citizens by appointment, each with its own agenda and the group that works it. */
public enum Sportello {
    INFORMATIVO("Sportello Informativo di Orientamento al Lavoro", "sportello-informativo"),
    SPECIALISTICO("Sportello di Orientamento Specialistico", "sportello-specialistico");

    private final String nome;
    private final String gruppo;

    Sportello(String nome, String gruppo) {
        this.nome = nome;
        this.gruppo = gruppo;
    }

    /** The name the citizen reads in e-mails and the operator in messages. */
    public String nome() {
        return nome;
    }

    /** The Camunda group (and Spring Security authority) of the operators of this desk. */
    public String gruppo() {
        return gruppo;
    }
}
