package it.santarzenio.sil.abbinamento;

/** One entry of the CP2021 classification. */
public record ProfessioneCp2021(String codice, int livello, String denominazione) {}
