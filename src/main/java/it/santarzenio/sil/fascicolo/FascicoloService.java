package it.santarzenio.sil.fascicolo;

import it.santarzenio.sil.abbinamento.AbbinamentoService;
import it.santarzenio.sil.accesso.AccessoService;
import it.santarzenio.sil.agenda.AgendaService;
import it.santarzenio.sil.cabina.CabinaService;
import it.santarzenio.sil.cabina.ProposteDellaPratica;
import it.santarzenio.sil.orientamento.OrientamentoService;
import it.santarzenio.sil.specialistico.SpecialisticoService;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Composes the file of one case from each module's public service, the same calls the data subject's export makes,
 * restricted to that case. Reads only: who may read and the audit row are the controller's.
 */
@Service
@Transactional(readOnly = true)
public class FascicoloService {

    private final AccessoService accessi;
    private final OrientamentoService orientamento;
    private final AgendaService agenda;
    private final SpecialisticoService specialistico;
    private final CabinaService cabina;
    private final AbbinamentoService abbinamento;

    FascicoloService(
            AccessoService accessi,
            OrientamentoService orientamento,
            AgendaService agenda,
            SpecialisticoService specialistico,
            CabinaService cabina,
            AbbinamentoService abbinamento) {
        this.accessi = accessi;
        this.orientamento = orientamento;
        this.agenda = agenda;
        this.specialistico = specialistico;
        this.cabina = cabina;
        this.abbinamento = abbinamento;
    }

    public DatiFascicolo fascicolo(String numeroPratica) {
        var cittadino = accessi.datiCittadinoDellaPratica(numeroPratica)
                .orElseThrow(() -> new FascicoloNonTrovatoException("Non esiste una pratica " + numeroPratica + "."));
        var pratica = List.of(numeroPratica);
        return new DatiFascicolo(
                numeroPratica,
                cittadino,
                orientamento.datiPratiche(pratica),
                agenda.appuntamentiDelCittadino(cittadino.id()).stream()
                        .filter(appuntamento -> numeroPratica.equals(appuntamento.numeroPratica()))
                        .toList(),
                specialistico.datiPratiche(pratica),
                cabina.datiPratiche(pratica).stream()
                        .findFirst()
                        .map(ProposteDellaPratica::versioni)
                        .orElse(List.of()),
                abbinamento.datiPratiche(pratica).stream().findFirst());
    }
}
