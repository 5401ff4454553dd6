package it.santarzenio.sil.processo;

import java.util.List;

/** Process keys of the contract (design.md section 3). */
public final class Processi {

    public static final String PERCORSO_CITTADINO = "PercorsoCittadinoProcess";
    public static final String ORIENTAMENTO_SPECIALISTICO = "OrientamentoSpecialisticoProcess";
    /** Called by Fase II so that the partner agency, its only candidate, sees the matching profile and no more. */
    public static final String ABBINAMENTO_DOMANDA_OFFERTA = "AbbinamentoDomandaOffertaProcess";
    /**
     * Called by Fase II so that the Cabina di Regia, its only candidate, reads the proposal and no more, and so that
     * each process holds one group's tasks (ADR 0010).
     */
    public static final String APPROVAZIONE_CABINA_DI_REGIA = "ApprovazioneCabinaDiRegiaProcess";

    public static final List<String> TUTTI = List.of(
            PERCORSO_CITTADINO, ORIENTAMENTO_SPECIALISTICO, ABBINAMENTO_DOMANDA_OFFERTA, APPROVAZIONE_CABINA_DI_REGIA);

    private Processi() {}
}
