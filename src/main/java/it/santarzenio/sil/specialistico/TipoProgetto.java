package it.santarzenio.sil.specialistico;

/** What the project is: a job, a traineeship, a training course, self-employment, a work and inclusion path. */
public enum TipoProgetto {
    LAVORO,
    TIROCINIO,
    FORMAZIONE,
    AUTOIMPIEGO,
    INCLUSIONE
}
