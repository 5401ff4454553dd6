package it.santarzenio.sil.processo;

import it.santarzenio.sil.accesso.MotivoChiusura;
import it.santarzenio.sil.chiusura.ChiusuraService;
import it.santarzenio.sil.chiusura.RichiestaChiusura;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_ChiudiPratica in chiusura-pratica.bpmn: the desk's start form goes to the same domain service as the API, so a
 * closure from Tasklist and one from /api are the same act (ADR 0014).
 */
@Component("chiudiPraticaDelegate")
class ChiudiPraticaDelegate implements JavaDelegate {

    /** The fields of Form_ChiusuraPratica. */
    record ModuloChiusura(String numeroPratica, MotivoChiusura motivoChiusura, String notaChiusura) {}

    private final ChiusuraService chiusure;
    private final ModuliCompilati moduli;

    ChiudiPraticaDelegate(ChiusuraService chiusure, ModuliCompilati moduli) {
        this.chiusure = chiusure;
        this.moduli = moduli;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var modulo = moduli.leggi(execution, ModuloChiusura.class);
        String numeroPratica = modulo.numeroPratica() == null
                ? ""
                : modulo.numeroPratica().strip().toUpperCase(Locale.ROOT);
        chiusure.chiudiAnticipatamente(
                numeroPratica,
                new RichiestaChiusura(modulo.motivoChiusura(), modulo.notaChiusura()),
                Operatore.di(execution));
        execution.setVariable(Variabili.NUMERO_PRATICA, numeroPratica);
    }
}
