package it.santarzenio.sil.orientamento;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Task_ColloquioAssessment: whether the citizen came and, when present, the assessment (personal and work history,
 * job-search tools, skills). Social fragility is recorded here and stays in the domain tables.
 */
public record EsitoColloquio(
        @NotNull(message = "Indicare se il cittadino si è presentato al colloquio.") Presenza presenza,
        TitoloStudio titoloStudio,
        CondizioneOccupazionale condizioneOccupazionale,
        @Min(value = 0, message = "I mesi senza lavoro non possono essere negativi.")
                @Max(value = 720, message = "I mesi senza lavoro non sono plausibili (più di 60 anni).")
                Integer mesiSenzaLavoro,
        @Size(max = 4000, message = "La storia professionale può avere al massimo 4000 caratteri.")
                String storiaProfessionale,
        Boolean haCurriculum,
        CompetenzeDigitali competenzeDigitali,
        Boolean fragilitaSociale) {

    public boolean presente() {
        return presenza == Presenza.PRESENTE;
    }

    @AssertTrue(message = "Con il cittadino presente indicare il titolo di studio.")
    boolean isTitoloIndicato() {
        return !presente() || titoloStudio != null;
    }

    @AssertTrue(message = "Con il cittadino presente indicare la condizione occupazionale.")
    boolean isCondizioneIndicata() {
        return !presente() || condizioneOccupazionale != null;
    }

    @AssertTrue(message = "Con il cittadino presente indicare i mesi senza lavoro (0 se lavora o non ha mai cercato).")
    boolean isMesiIndicati() {
        return !presente() || mesiSenzaLavoro != null;
    }

    @AssertTrue(
            message = "Con il cittadino presente descrivere la storia professionale (anche \"nessuna esperienza\").")
    boolean isStoriaIndicata() {
        return !presente() || (storiaProfessionale != null && !storiaProfessionale.isBlank());
    }

    @AssertTrue(message = "Con il cittadino presente indicare se ha un curriculum.")
    boolean isCurriculumIndicato() {
        return !presente() || haCurriculum != null;
    }

    @AssertTrue(message = "Con il cittadino presente indicare le competenze digitali.")
    boolean isCompetenzeIndicate() {
        return !presente() || competenzeDigitali != null;
    }

    @AssertTrue(message = "Con il cittadino presente indicare se ci sono elementi di fragilità sociale.")
    boolean isFragilitaIndicata() {
        return !presente() || fragilitaSociale != null;
    }
}
