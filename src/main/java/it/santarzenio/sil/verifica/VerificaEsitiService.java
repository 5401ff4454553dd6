package it.santarzenio.sil.verifica;

import it.santarzenio.sil.DatiNonValidiException;
import it.santarzenio.sil.verifica.internal.VerificaEsito;
import it.santarzenio.sil.verifica.internal.VerificaEsitoRepository;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Period;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The outcome checks after a closed case, each stored with the interval it answers. */
@Service
@Transactional
public class VerificaEsitiService {

    private final VerificaEsitoRepository verifiche;
    private final Validator validator;
    private final Clock orologio;

    VerificaEsitiService(VerificaEsitoRepository verifiche, Validator validator, Clock orologio) {
        this.verifiche = verifiche;
        this.validator = validator;
        this.orologio = orologio;
    }

    /** Records the answer to the check at {@code intervallo} after the closure; one per interval. */
    public VerificaRegistrata registra(String numeroPratica, Period intervallo, EsitoVerifica esito, String operatore) {
        DatiNonValidiException.seNonValido(validator, esito);
        if (verifiche.existsByNumeroPraticaAndIntervallo(numeroPratica, intervallo.toString())) {
            throw new DatiNonValidiException(
                    "La verifica a " + intervallo + " della pratica " + numeroPratica + " è già stata registrata.");
        }
        String note = esito.noteVerifica() == null || esito.noteVerifica().isBlank()
                ? null
                : esito.noteVerifica().strip();
        var verifica = verifiche.save(new VerificaEsito(
                numeroPratica, intervallo.toString(), esito.condizioneVerifica(), note, operatore, orologio.instant()));
        return vista(verifica);
    }

    @Transactional(readOnly = true)
    public List<VerificaRegistrata> verifiche(String numeroPratica) {
        return verifiche.findByNumeroPraticaOrderByRegistrataIl(numeroPratica).stream()
                .map(VerificaEsitiService::vista)
                .toList();
    }

    /** The notes are free text about the citizen; interval, condition and dates stay for the statistics. */
    public void anonimizza(Collection<String> numeriPratica) {
        verifiche.findByNumeroPraticaIn(numeriPratica).forEach(VerificaEsito::anonimizza);
    }

    private static VerificaRegistrata vista(VerificaEsito verifica) {
        return new VerificaRegistrata(
                verifica.getNumeroPratica(),
                Period.parse(verifica.getIntervallo()),
                verifica.getCondizione(),
                verifica.getNote(),
                verifica.getOperatore(),
                verifica.getRegistrataIl());
    }
}
