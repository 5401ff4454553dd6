package it.santarzenio.sil.abbinamento;

import it.santarzenio.sil.orientamento.TitoloStudio;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** An open offer of the area for a test: fixed employer and terms, valid from yesterday for a month. */
public final class OfferteDiProva {

    private OfferteDiProva() {}

    public static DatiOfferta offerta(String titolo, String codiceProfessione) {
        var oggi = LocalDate.now(ZoneId.of("Europe/Rome"));
        return new DatiOfferta(
                "Logistica Arzenese Srl",
                titolo,
                codiceProfessione,
                "Sant'Arzenio",
                TipoContratto.TEMPO_DETERMINATO,
                38,
                TitoloStudio.LICENZA_MEDIA,
                false,
                List.of(),
                null,
                oggi.minusDays(1),
                oggi.plusMonths(1));
    }
}
