package it.santarzenio.sil.fascicolo;

import it.santarzenio.sil.abbinamento.DatiAbbinamento;
import it.santarzenio.sil.accesso.DatiCittadino;
import it.santarzenio.sil.agenda.AppuntamentoDelCittadino;
import it.santarzenio.sil.cabina.VersioneProposta;
import it.santarzenio.sil.orientamento.DatiOrientamento;
import it.santarzenio.sil.specialistico.DatiSpecialistici;
import java.util.List;
import java.util.Optional;

/**
 * What every module holds about one case, as its domain records: the citizen (with the registro accessi and the
 * schede utente of all their cases, so the earlier ones can be listed), and of this case only the interviews and
 * profiles, the appointments, the Fase II journal and project, the proposal versions with the Cabina's decisions and
 * the matching. How it reads for a person is composed in {@code web}.
 */
public record DatiFascicolo(
        String numeroPratica,
        DatiCittadino cittadino,
        DatiOrientamento orientamento,
        List<AppuntamentoDelCittadino> appuntamenti,
        DatiSpecialistici specialistico,
        List<VersioneProposta> proposte,
        Optional<DatiAbbinamento> abbinamento) {

    /** The case's access (the first, if the citizen came more than once under one number). */
    public Optional<DatiCittadino.AccessoDelCittadino> accesso() {
        return cittadino.accessi().stream()
                .filter(accesso -> accesso.numeroPratica().equals(numeroPratica))
                .reduce((piuRecente, precedente) -> precedente);
    }

    public Optional<DatiCittadino.SchedaUtenteDelCittadino> schedaUtente() {
        return cittadino.schedeUtente().stream()
                .filter(scheda -> scheda.numeroPratica().equals(numeroPratica))
                .findFirst();
    }

    /** The profile of the case, goals included, the last one recorded. */
    public Optional<DatiOrientamento.ProfiloRegistrato> profilo() {
        return orientamento.profili().stream().reduce((primo, ultimo) -> ultimo);
    }

    public Optional<DatiSpecialistici.ProgettoRegistrato> progetto() {
        return specialistico.progetti().stream().findFirst();
    }
}
