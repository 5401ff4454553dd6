package it.santarzenio.sil.agenda;

import it.santarzenio.sil.DatiNonValidiException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Service;

/** Appointments of the desks. Interim version: refuses appointments in the past; the full agenda replaces it. */
@Service
public class AgendaService {

    private static final ZoneId ROMA = ZoneId.of("Europe/Rome");
    private final Clock orologio;
    private final AtomicLong ids = new AtomicLong();

    AgendaService(Clock orologio) {
        this.orologio = orologio;
    }

    public AppuntamentoPrenotato prenota(RichiestaAppuntamento richiesta) {
        if (richiesta.inizio() == null) {
            throw new DatiNonValidiException("Indicare data e ora dell'appuntamento.");
        }
        var inizio = richiesta.inizio().atZone(ROMA);
        if (!inizio.isAfter(ZonedDateTime.now(orologio))) {
            throw new DatiNonValidiException("L'appuntamento non può essere nel passato.");
        }
        return new AppuntamentoPrenotato(ids.incrementAndGet(), richiesta.sportello(), inizio, inizio.plusMinutes(30));
    }

    public int registraEsito(String numeroPratica, boolean presente) {
        return 0;
    }

    public List<ZonedDateTime> slotLiberi(Sportello sportello, LocalDate dal, int quanti) {
        return List.of();
    }

    public void annulla(String numeroPratica) {}
}
