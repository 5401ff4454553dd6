package it.santarzenio.sil.accesso;

/** The sex as the codice fiscale encodes it (a woman's day of birth + 40): {@code sesso} of Form_Accoglienza. */
public enum Sesso {
    M,
    F
}
