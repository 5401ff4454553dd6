package it.santarzenio.sil.abbinamento;

import it.santarzenio.sil.DatiNonValidiException;
import it.santarzenio.sil.abbinamento.internal.Offerta;
import it.santarzenio.sil.abbinamento.internal.OffertaRepository;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The job offers of the area, published and closed by the partner agency, read by the desks. */
@Service
@Transactional
public class OfferteService {

    private final OffertaRepository offerte;
    private final Cp2021Service cp2021;
    private final Validator validator;
    private final Clock orologio;

    OfferteService(OffertaRepository offerte, Cp2021Service cp2021, Validator validator, Clock orologio) {
        this.offerte = offerte;
        this.cp2021 = cp2021;
        this.validator = validator;
        this.orologio = orologio;
    }

    @Transactional(readOnly = true)
    public boolean nessunaOfferta() {
        return offerte.count() == 0;
    }

    @Transactional(readOnly = true)
    public List<SchedaOfferta> elenco() {
        return offerte.findAllByOrderByValidaAlDescIdDesc().stream()
                .map(this::scheda)
                .toList();
    }

    @Transactional(readOnly = true)
    public SchedaOfferta dettaglio(Long id) {
        return scheda(trovata(id));
    }

    /** The offers that may be proposed today: open, started, not past their end date. */
    @Transactional(readOnly = true)
    public List<SchedaOfferta> proponibili() {
        var oggi = LocalDate.now(orologio);
        return offerte.findByStatoAndValidaAlGreaterThanEqual(StatoOfferta.APERTA, oggi).stream()
                .map(this::scheda)
                .filter(offerta -> offerta.proponibile(oggi))
                .toList();
    }

    public SchedaOfferta crea(DatiOfferta dati, String operatore) {
        valida(dati);
        return scheda(offerte.save(new Offerta(dati, operatore, orologio.instant())));
    }

    public SchedaOfferta aggiorna(Long id, DatiOfferta dati) {
        var offerta = trovata(id);
        if (offerta.getStato() == StatoOfferta.CHIUSA) {
            throw new DatiNonValidiException("L'offerta " + id + " è chiusa: non si può più modificare.");
        }
        valida(dati);
        offerta.aggiorna(dati, orologio.instant());
        return scheda(offerta);
    }

    /** Closes the offer: it is no longer proposed. Closing a closed offer changes nothing. */
    public SchedaOfferta chiudi(Long id) {
        var offerta = trovata(id);
        if (offerta.getStato() == StatoOfferta.APERTA) {
            offerta.chiudi(orologio.instant());
        }
        return scheda(offerta);
    }

    private void valida(DatiOfferta dati) {
        DatiNonValidiException.seNonValido(validator, dati);
        var codice = dati.codiceProfessione().strip();
        if (cp2021.professione(codice).isEmpty()) {
            throw new DatiNonValidiException("Il codice CP2021 «" + codice
                    + "» non è nella classificazione delle professioni: sceglierne uno esistente (per esempio 7.4.4).");
        }
        if (dati.validaAl().isBefore(LocalDate.now(orologio))) {
            throw new DatiNonValidiException("La fine della validità (" + dati.validaAl()
                    + ") è già passata: un'offerta scaduta non verrebbe mai proposta.");
        }
    }

    private Offerta trovata(Long id) {
        return offerte.findById(id).orElseThrow(() -> new OffertaNonTrovataException(id));
    }

    private SchedaOfferta scheda(Offerta offerta) {
        return new SchedaOfferta(
                offerta.getId(),
                offerta.getDatoreLavoro(),
                offerta.getTitolo(),
                offerta.getCodiceProfessione(),
                cp2021.professione(offerta.getCodiceProfessione())
                        .map(ProfessioneCp2021::denominazione)
                        .orElse(null),
                offerta.getComune(),
                offerta.getTipoContratto(),
                offerta.getOreSettimanali(),
                offerta.getTitoloStudioMinimo(),
                offerta.isPatenteRichiesta(),
                offerta.getLingue(),
                offerta.getCompetenzeDigitaliMinime(),
                offerta.getValidaDal(),
                offerta.getValidaAl(),
                offerta.getStato());
    }
}
