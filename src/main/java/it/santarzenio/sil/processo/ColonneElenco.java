package it.santarzenio.sil.processo;

import java.util.Set;

/**
 * Task-local copies that Tasklist's filters show as columns of every task row: who the task is about. Names of their
 * own, never a process variable's or a form field's: the engine writes a task's variable into an existing local of the
 * same name first, so a form field named like a local copy would be lost with the task (ADR 0016).
 */
public final class ColonneElenco {

    public static final String PRATICA = "elencoPratica";
    public static final String COGNOME = "elencoCognome";
    public static final String NOME = "elencoNome";
    /** Only on a task held at an appointment (Task_ColloquioAssessment): "12/01/2027 10:30", Europe/Rome. */
    public static final String APPUNTAMENTO = "elencoAppuntamento";

    /**
     * Not a column: the key Tasklist's search box matches with "like" (case-sensitive in the engine's task query as
     * Tasklist sends it): surname, name and case number, each reduced to [0-9A-Z] and upper-case, joined by "|",
     * e.g. "DANNUNZIO|NICOLO|SIL2026000123". The box reduces what the operator types the same way.
     */
    public static final String RICERCA = "elencoRicerca";

    public static final Set<String> NOMI = Set.of(PRATICA, COGNOME, NOME, APPUNTAMENTO, RICERCA);

    private ColonneElenco() {}
}
