package it.santarzenio.sil.processo;

/**
 * Process variable names of the contract (design.md section 3). Camunda Form field keys are the same strings: a
 * rename here is a rename of the contract.
 */
public final class Variabili {

    // Set by the system
    public static final String NUMERO_PRATICA = "numeroPratica";
    public static final String OPERATORE_ACCOGLIENZA = "operatoreAccoglienza";
    public static final String CITTADINO_ID = "cittadinoId";
    public static final String ACCESSO_ID = "accessoId";
    public static final String ASSENZE = "assenze";
    public static final String ESITO_PERCORSO = "esitoPercorso";
    public static final String ESITO_FASE_SPECIALISTICA = "esitoFaseSpecialistica";
    /** Why a desk closed the case early (CHIUSURA_ANTICIPATA); with it the start form of ChiusuraPraticaProcess. */
    public static final String MOTIVO_CHIUSURA = "motivoChiusura";
    /** Form_ChiusuraPratica only: the desk's note (required for ALTRO); kept by the domain, not by the engine. */
    public static final String NOTA_CHIUSURA = "notaChiusura";

    // Form_Accoglienza (scheda d'accesso)
    public static final String CODICE_FISCALE = "codiceFiscale";
    public static final String NOME = "nome";
    public static final String COGNOME = "cognome";
    public static final String DATA_NASCITA = "dataNascita";
    /** M or F, as the codice fiscale encodes it; required by the form, optional for older API clients. */
    public static final String SESSO = "sesso";

    public static final String TELEFONO = "telefono";
    public static final String EMAIL = "email";
    public static final String INFORMATIVA_PRIVACY = "informativaPrivacy";
    public static final String BISOGNO_ESPRESSO = "bisognoEspresso";
    public static final String TIPO_RICHIESTA = "tipoRichiesta";
    public static final String ADERISCE_ORIENTAMENTO = "aderisceOrientamento";

    // Task_RispostaRichiesta
    public static final String RISPOSTA_FORNITA = "rispostaFornita";

    // Task_ConcordaAppuntamento
    public static final String OBIETTIVI_PROSSIMO_COLLOQUIO = "obiettiviProssimoColloquio";
    public static final String DATA_APPUNTAMENTO = "dataAppuntamento";
    /** Form only: a time typed by hand instead of one of the proposed free slots. */
    public static final String ALTRA_DATA_APPUNTAMENTO = "altraDataAppuntamento";
    /** Task-local: the free slots offered by the form of Task_ConcordaAppuntamento. */
    public static final String SLOT_LIBERI = "slotLiberi";
    /** The appointment as an instant: due date of Task_ColloquioAssessment. */
    public static final String SCADENZA_COLLOQUIO = "scadenzaColloquio";

    // Task_ColloquioAssessment
    public static final String PRESENZA = "presenza";
    public static final String TITOLO_STUDIO = "titoloStudio";
    public static final String CONDIZIONE_OCCUPAZIONALE = "condizioneOccupazionale";
    public static final String MESI_SENZA_LAVORO = "mesiSenzaLavoro";
    public static final String STORIA_PROFESSIONALE = "storiaProfessionale";
    public static final String HA_CURRICULUM = "haCurriculum";
    public static final String COMPETENZE_DIGITALI = "competenzeDigitali";
    public static final String FRAGILITA_SOCIALE = "fragilitaSociale";

    // Task_Profilazione (Decision_Profilazione)
    public static final String PERCORSO_SUGGERITO = "percorsoSuggerito";
    public static final String MOTIVAZIONE_SUGGERIMENTO = "motivazioneSuggerimento";
    public static final String DECISIONE_PROFILAZIONE = "Decision_Profilazione";

    // Task_CondivisioneObiettivi
    public static final String PERCORSO_CONFERMATO = "percorsoConfermato";
    public static final String MOTIVAZIONE_SCOSTAMENTO = "motivazioneScostamento";
    public static final String OBIETTIVI = "obiettivi";
    public static final String ESITO_PRIMO_LIVELLO = "esitoPrimoLivello";
    public static final String PROGETTO_DEFINITO = "progettoDefinito";
    public static final String INTERVENTI_SECONDO_LIVELLO = "interventiSecondoLivello";
    /** CP2021 codes of the occupations the citizen wishes (a JSON list from the form's tag list). */
    public static final String PROFESSIONI_DESIDERATE = "professioniDesiderate";
    /** Task-local: the CP2021 occupations offered by the form of Task_CondivisioneObiettivi. */
    public static final String PROFESSIONI_CP2021 = "professioniCp2021";

    // VerificaEsitiProcess (Task_VerificaEsito)
    public static final String CONDIZIONE_VERIFICA = "condizioneVerifica";
    public static final String NOTE_VERIFICA = "noteVerifica";
    /** The ISO-8601 intervals after the closure, one Task_VerificaEsito each (sil.verifica-esiti.intervalli). */
    public static final String INTERVALLI_VERIFICA = "intervalliVerifica";
    /** How many rounds: the loop cardinality of Task_VerificheSuccessive. */
    public static final String NUMERO_VERIFICHE = "numeroVerifiche";
    /** Local to each round: the interval it answers, when its task appears and when that task is due. */
    public static final String INTERVALLO_VERIFICA = "intervalloVerifica";

    public static final String MOMENTO_VERIFICA = "momentoVerifica";
    public static final String SCADENZA_VERIFICA = "scadenzaVerifica";
    /** Task-local on Task_VerificaEsito: the citizen's name, telephone and e-mail, for the desk to call them. */
    public static final String CONTATTI_CITTADINO = "contattiCittadino";
    /** When the case closed: the intervals count from here. */
    public static final String CHIUSO_IL = "chiusoIl";

    private Variabili() {}
}
