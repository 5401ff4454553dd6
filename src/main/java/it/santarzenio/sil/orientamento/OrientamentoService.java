package it.santarzenio.sil.orientamento;

import it.santarzenio.sil.DatiNonValidiException;
import it.santarzenio.sil.orientamento.internal.Colloquio;
import it.santarzenio.sil.orientamento.internal.ColloquioRepository;
import it.santarzenio.sil.orientamento.internal.Profilo;
import it.santarzenio.sil.orientamento.internal.ProfiloRepository;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Collection;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** First-level orientation: assessment interviews and the profile with the shared goals. */
@Service
@Transactional
public class OrientamentoService {

    private final ColloquioRepository colloqui;
    private final ProfiloRepository profili;
    private final Validator validator;
    private final Clock orologio;

    OrientamentoService(ColloquioRepository colloqui, ProfiloRepository profili, Validator validator, Clock orologio) {
        this.colloqui = colloqui;
        this.profili = profili;
        this.validator = validator;
        this.orologio = orologio;
    }

    /** Records the appointment's outcome; returns how many times the citizen has been absent in this case. */
    public int registraColloquio(String numeroPratica, EsitoColloquio esito, String operatore) {
        DatiNonValidiException.seNonValido(validator, esito);
        colloqui.save(new Colloquio(numeroPratica, esito, operatore, orologio.instant()));
        return (int) colloqui.findByNumeroPraticaOrderByRegistratoIl(numeroPratica).stream()
                .filter(colloquio -> colloquio.getPresenza() == Presenza.ASSENTE)
                .count();
    }

    /**
     * Records the profile and the shared goals.
     *
     * @param versioneRegola the decision that suggested the path, as key:version, kept with the profile
     */
    public void registraObiettivi(
            String numeroPratica,
            CondivisioneObiettivi condivisione,
            String motivazioneSuggerimento,
            String versioneRegola,
            String operatore) {
        DatiNonValidiException.seNonValido(validator, condivisione);
        if (profili.findByNumeroPratica(numeroPratica).isPresent()) {
            throw new DatiNonValidiException("Gli obiettivi della pratica " + numeroPratica + " sono già registrati.");
        }
        profili.save(new Profilo(
                numeroPratica, condivisione, motivazioneSuggerimento, versioneRegola, operatore, orologio.instant()));
    }

    /** The latest interview the citizen attended, as matching with job offers may read it; empty if none. */
    @Transactional(readOnly = true)
    public Optional<ProfiloProfessionale> profiloProfessionale(String numeroPratica) {
        var presenti = colloqui.findByNumeroPraticaOrderByRegistratoIl(numeroPratica).stream()
                .filter(colloquio -> colloquio.getPresenza() == Presenza.PRESENTE)
                .toList();
        return presenti.isEmpty()
                ? Optional.empty()
                : Optional.of(presenti.get(presenti.size() - 1)).map(Colloquio::profiloProfessionale);
    }

    /** The interviews and profiles of these cases. */
    @Transactional(readOnly = true)
    public DatiOrientamento datiPratiche(Collection<String> numeriPratica) {
        return new DatiOrientamento(
                colloqui.findByNumeroPraticaInOrderByRegistratoIl(numeriPratica).stream()
                        .map(Colloquio::vista)
                        .toList(),
                profili.findByNumeroPraticaInOrderByRegistratoIl(numeriPratica).stream()
                        .map(Profilo::vista)
                        .toList());
    }

    /** Replaces the free texts of these cases with placeholders; enumerations, numbers and dates stay. */
    public void anonimizza(Collection<String> numeriPratica) {
        colloqui.findByNumeroPraticaInOrderByRegistratoIl(numeriPratica).forEach(Colloquio::anonimizza);
        profili.findByNumeroPraticaInOrderByRegistratoIl(numeriPratica).forEach(Profilo::anonimizza);
    }
}
