package it.santarzenio.sil.abbinamento.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One row of the CP2021 classification; the code is its identity, so an import updates in place. */
@Entity
@Table(name = "professione_cp2021")
public class VoceCp2021 {

    @Id
    @Column(length = 20)
    private String codice;

    @Column(nullable = false)
    private int livello;

    @Column(nullable = false, length = 500)
    private String denominazione;

    @Column(name = "codice_padre", length = 20)
    private String codicePadre;

    protected VoceCp2021() {}

    public VoceCp2021(String codice, int livello, String denominazione, String codicePadre) {
        this.codice = codice;
        aggiorna(livello, denominazione, codicePadre);
    }

    public final void aggiorna(int livello, String denominazione, String codicePadre) {
        this.livello = livello;
        this.denominazione = denominazione;
        this.codicePadre = codicePadre;
    }

    public String getCodice() {
        return codice;
    }

    public int getLivello() {
        return livello;
    }

    public String getDenominazione() {
        return denominazione;
    }
}
