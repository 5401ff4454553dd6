package it.santarzenio.sil.orientamento;

/**
 * What the assessment says of a citizen's education, work history and skills, for matching with job offers. Social
 * fragility is deliberately not part of it.
 */
public record ProfiloProfessionale(
        TitoloStudio titoloStudio,
        CondizioneOccupazionale condizioneOccupazionale,
        String storiaProfessionale,
        CompetenzeDigitali competenzeDigitali) {}
