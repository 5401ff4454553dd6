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

    public static final Set<String> NOMI = Set.of(PRATICA, COGNOME, NOME, APPUNTAMENTO);

    private ColonneElenco() {}
}
