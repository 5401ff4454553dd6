package it.santarzenio.sil.abbinamento;

import it.santarzenio.sil.orientamento.CompetenzeDigitali;
import it.santarzenio.sil.orientamento.TitoloStudio;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: a few offers of the area, valid for three months from the first start, so that the partner's
 * matching task has something to rank. Written only while there is no offer at all, so a restart adds nothing.
 */
@Component
@Profile("demo")
class OfferteDimostrative implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(OfferteDimostrative.class);

    private final OfferteService offerte;
    private final Clock orologio;

    OfferteDimostrative(OfferteService offerte, Clock orologio) {
        this.offerte = offerte;
        this.orologio = orologio;
    }

    @Override
    public void run(ApplicationArguments argomenti) {
        if (!offerte.nessunaOfferta()) {
            return;
        }
        var oggi = LocalDate.now(orologio);
        var fine = oggi.plusMonths(3);
        List.of(
                        new DatiOfferta(
                                "Logistica Arzenese S.r.l.",
                                "Magazziniere con patentino per il muletto",
                                "8.1.3",
                                "Sant'Arzenio",
                                TipoContratto.TEMPO_DETERMINATO,
                                38,
                                TitoloStudio.LICENZA_MEDIA,
                                true,
                                List.of(),
                                null,
                                oggi,
                                fine),
                        new DatiOfferta(
                                "Supermercati del Borgo S.p.A.",
                                "Addetta o addetto alle vendite",
                                "5.1.2",
                                "Sant'Arzenio",
                                TipoContratto.APPRENDISTATO,
                                30,
                                TitoloStudio.DIPLOMA,
                                false,
                                List.of("inglese"),
                                CompetenzeDigitali.BASE,
                                oggi,
                                fine),
                        new DatiOfferta(
                                "Cooperativa Pulito e Sereno",
                                "Addetto alle pulizie di uffici",
                                "8.1.4",
                                "Borgo San Luca",
                                TipoContratto.TEMPO_INDETERMINATO,
                                20,
                                null,
                                false,
                                List.of(),
                                null,
                                oggi,
                                fine),
                        new DatiOfferta(
                                "Studio Associato Ferri",
                                "Impiegata o impiegato di segreteria",
                                "4.1.1",
                                "Sant'Arzenio",
                                TipoContratto.TEMPO_DETERMINATO,
                                36,
                                TitoloStudio.DIPLOMA,
                                false,
                                List.of(),
                                CompetenzeDigitali.INTERMEDIE,
                                oggi,
                                fine))
                .forEach(offerta -> offerte.crea(offerta, "sistema"));
        LOG.info("Profilo demo: create 4 offerte di lavoro dimostrative, valide fino al {}", fine);
    }
}
