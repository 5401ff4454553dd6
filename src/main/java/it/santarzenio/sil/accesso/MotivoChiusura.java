package it.santarzenio.sil.accesso;

/** Why a desk closed a case early: motivoChiusura of design.md section 3. */
public enum MotivoChiusura {
    RINUNCIA,
    TRASFERIMENTO,
    IRREPERIBILE,
    OCCUPATO_AUTONOMAMENTE,
    /** Any other reason, which the desk must then write in the note. */
    ALTRO
}
