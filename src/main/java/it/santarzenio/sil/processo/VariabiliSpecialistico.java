package it.santarzenio.sil.processo;

/**
 * Process variable names of Fase II (OrientamentoSpecialisticoProcess, design.md section 3). The variables handed
 * over by Fase I and esitoFaseSpecialistica, which goes back, are in {@link Variabili}. Camunda Form field keys are
 * the same strings.
 */
public final class VariabiliSpecialistico {

    // Task_CondivisioneProgetto, Task_CondivisioneCaso
    public static final String NOTE_CONDIVISIONE = "noteCondivisione";

    // Task_OrientamentoSecondoLivello, Task_ElaborazioneProposta
    public static final String TIPO_PROGETTO = "tipoProgetto";
    public static final String RICHIEDE_ABBINAMENTO = "richiedeAbbinamento";

    // Task_OrientamentoSpecialistico
    public static final String ESITO_ORIENTAMENTO = "esitoOrientamento";

    // Task_ElaborazioneProposta
    public static final String PROPOSTA_PROGETTUALE = "propostaProgettuale";
    /** Set by the system: the version awaiting the committee, its due date and the earlier versions (Markdown). */
    public static final String VERSIONE_PROPOSTA = "versioneProposta";

    public static final String SCADENZA_APPROVAZIONE = "scadenzaApprovazione";
    public static final String STORICO_PROPOSTA = "storicoProposta";
    /**
     * Set by the system: the reminder timer's ISO-8601 repeating interval, {@code R/<scadenzaApprovazione>/<period>},
     * one reminder at the due date and one every period after it until the decision.
     */
    public static final String CICLO_SOLLECITI = "cicloSolleciti";

    // Task_ApprovazioneCabinaDiRegia (ApprovazioneCabinaDiRegiaProcess, called by Task_DecisioneCabinaDiRegia)
    public static final String DECISIONE_CABINA = "decisioneCabina";
    public static final String MOTIVAZIONE_CABINA = "motivazioneCabina";
    /** Set by the system: how many reminders an overdue decision caused. */
    public static final String SOLLECITI_CABINA = "sollecitiCabina";

    // Task_AbbinamentoDomandaOfferta
    public static final String ESITO_ABBINAMENTO = "esitoAbbinamento";
    public static final String OFFERTA_ID = "offertaId";
    public static final String NOTE_ABBINAMENTO = "noteAbbinamento";
    /** Task-local: the ranked offers as choices of the form's select (label, value = offer id). */
    public static final String OFFERTE_PROPOSTE = "offerteProposte";
    /** Task-local: the reasons of each proposed offer, Markdown. */
    public static final String MOTIVI_ABBINAMENTO = "motiviAbbinamento";
    /** Task-local: the citizen's match profile, Markdown; the only view of the citizen the partner gets. */
    public static final String PROFILO_ABBINAMENTO = "profiloAbbinamento";
    /** Set by the system: the referrals with their outcomes and reasons, for the specialist desk's forms. */
    public static final String SEGNALAZIONI_ABBINAMENTO = "segnalazioniAbbinamento";
    /**
     * {@code SEGNALAZIONE}: record the referral below and come back to the task; anything else (or nothing, as an API
     * client that only sends the outcome) concludes the matching.
     */
    public static final String AZIONE_ABBINAMENTO = "azioneAbbinamento";

    public static final String AZIONE_SEGNALAZIONE = "SEGNALAZIONE";
    // One referral: the offer, its date, the outcome and (for the negative ones) the reason. Removed once recorded.
    public static final String OFFERTA_SEGNALATA = "offertaSegnalata";
    public static final String DATA_SEGNALAZIONE = "dataSegnalazione";
    public static final String ESITO_SEGNALAZIONE = "esitoSegnalazione";
    public static final String MOTIVO_SEGNALAZIONE = "motivoSegnalazione";
    /** Set by the system: who recorded the last referral, to whom the task comes back. */
    public static final String CONSULENTE_ABBINAMENTO = "consulenteAbbinamento";

    // Task_AvvioProgetto
    public static final String DATA_AVVIO = "dataAvvio";
    public static final String ENTE_OSPITANTE = "enteOspitante";
    /** Set by the system: the project's id, the number of the next monitoring and when it is due. */
    public static final String PROGETTO_ID = "progettoId";

    public static final String NUMERO_MONITORAGGIO = "numeroMonitoraggio";
    public static final String SCADENZA_MONITORAGGIO = "scadenzaMonitoraggio";

    // Task_Monitoraggio
    public static final String STATO_PROGETTO = "statoProgetto";
    public static final String NOTE_MONITORAGGIO = "noteMonitoraggio";

    // Task_Rendicontazione
    public static final String ESITO_FINALE = "esitoFinale";
    public static final String RELAZIONE_FINALE = "relazioneFinale";

    private VariabiliSpecialistico() {}
}
