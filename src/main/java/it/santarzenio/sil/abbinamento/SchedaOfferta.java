package it.santarzenio.sil.abbinamento;

import it.santarzenio.sil.orientamento.CompetenzeDigitali;
import it.santarzenio.sil.orientamento.TitoloStudio;
import java.time.LocalDate;
import java.util.List;

/** A job offer as the desks and the partner read it. */
public record SchedaOfferta(
        Long id,
        String datoreLavoro,
        String titolo,
        String codiceProfessione,
        String professione,
        String comune,
        TipoContratto tipoContratto,
        int oreSettimanali,
        TitoloStudio titoloStudioMinimo,
        boolean patenteRichiesta,
        List<String> lingue,
        CompetenzeDigitali competenzeDigitaliMinime,
        LocalDate validaDal,
        LocalDate validaAl,
        StatoOfferta stato) {

    /** Open and within its dates on {@code giorno}: only such an offer is proposed to a citizen. */
    public boolean proponibile(LocalDate giorno) {
        return stato == StatoOfferta.APERTA && !giorno.isBefore(validaDal) && !giorno.isAfter(validaAl);
    }
}
