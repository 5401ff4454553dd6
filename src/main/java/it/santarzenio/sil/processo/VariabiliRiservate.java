package it.santarzenio.sil.processo;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code sil.privacy.variabili-riservate}: process variables whose values the engine never writes to its history
 * (variables, form details, decision inputs) and that leave the case once the profiling decision has read them. Their
 * home is the domain table of the module that records them, behind the application's checks (ADR 0008).
 *
 * <p>Default: social fragility, the free-text work history of the assessment interview and the need the citizen
 * expressed at the desk, which leave the case after profiling; the free texts the desks, the committee and the partner
 * write later (goals, notes, proposals, reasons, reports), which the next forms still show while the case runs, each
 * kept by its module's table; and the texts the system composes from those tables for a form (earlier proposal
 * versions, the match profile with contacts and work history, the referrals with their reasons).
 */
@ConfigurationProperties("sil.privacy")
record VariabiliRiservate(
        @DefaultValue({
                    Variabili.FRAGILITA_SOCIALE,
                    Variabili.STORIA_PROFESSIONALE,
                    Variabili.BISOGNO_ESPRESSO,
                    Variabili.MOTIVAZIONE_SUGGERIMENTO,
                    Variabili.OBIETTIVI,
                    Variabili.MOTIVAZIONE_SCOSTAMENTO,
                    Variabili.INTERVENTI_SECONDO_LIVELLO,
                    VariabiliSpecialistico.NOTE_CONDIVISIONE,
                    VariabiliSpecialistico.ESITO_ORIENTAMENTO,
                    VariabiliSpecialistico.PROPOSTA_PROGETTUALE,
                    VariabiliSpecialistico.MOTIVAZIONE_CABINA,
                    VariabiliSpecialistico.NOTE_ABBINAMENTO,
                    VariabiliSpecialistico.MOTIVO_SEGNALAZIONE,
                    VariabiliSpecialistico.NOTE_MONITORAGGIO,
                    VariabiliSpecialistico.RELAZIONE_FINALE,
                    VariabiliSpecialistico.STORICO_PROPOSTA,
                    VariabiliSpecialistico.PROFILO_ABBINAMENTO,
                    VariabiliSpecialistico.SEGNALAZIONI_ABBINAMENTO,
                    Variabili.NOTA_CHIUSURA,
                    Variabili.NOTE_VERIFICA,
                    Variabili.CONTATTI_CITTADINO
                })
                List<String> variabiliRiservate) {

    /**
     * Reserved names the case still shows after profiling: the decision's reason ("Fragilità sociale: …"), which the
     * goals form quotes. Kept out of history, not removed at the end of Task_Profilazione.
     */
    static final Set<String> MOSTRATE_DOPO_LA_PROFILAZIONE = Set.of(Variabili.MOTIVAZIONE_SUGGERIMENTO);

    Set<String> nomi() {
        return Set.copyOf(variabiliRiservate);
    }

    /** What leaves the case at the end of Task_Profilazione. */
    Set<String> daTogliereDopoLaProfilazione() {
        var nomi = new HashSet<>(variabiliRiservate);
        nomi.removeAll(MOSTRATE_DOPO_LA_PROFILAZIONE);
        return Set.copyOf(nomi);
    }
}
