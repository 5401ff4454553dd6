package it.santarzenio.sil.agenda;

/** Life of an appointment. Only a booked, held or absent appointment uses its slot. */
public enum StatoAppuntamento {
    PRENOTATO,
    /** The citizen came: the interview took place. */
    SVOLTO,
    /** The citizen did not come; the slot stays used, because it was. */
    ASSENTE,
    /** The case closed before the appointment: the slot is free again. */
    ANNULLATO,
    /** Moved to another slot (a new appointment): this slot is free again. */
    RIPROGRAMMATO;

    public boolean occupaLoSlot() {
        return this == PRENOTATO || this == SVOLTO || this == ASSENTE;
    }
}
