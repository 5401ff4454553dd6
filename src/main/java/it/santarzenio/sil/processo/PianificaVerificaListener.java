package it.santarzenio.sil.processo;

import it.santarzenio.sil.verifica.VerificaEsitiProperties;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of each round of Task_VerificheSuccessive in verifica-esiti.bpmn: the round's interval (the loopCounter-th of
 * intervalliVerifica), when its Task_VerificaEsito appears (closure + interval) and when it is due (a month later),
 * as variables local to the round.
 */
@Component("pianificaVerificaListener")
class PianificaVerificaListener implements ExecutionListener {

    private static final ZoneId ROMA = ZoneId.of("Europe/Rome");

    @Override
    public void notify(DelegateExecution execution) {
        int giro = (Integer) execution.getVariable("loopCounter");
        String intervallo = ((String) execution.getVariable(Variabili.INTERVALLI_VERIFICA)).split(",")[giro];
        var chiusoIl =
                ((Date) execution.getVariable(Variabili.CHIUSO_IL)).toInstant().atZone(ROMA);
        var momento = chiusoIl.plus(Period.parse(intervallo));
        execution.setVariableLocal(Variabili.INTERVALLO_VERIFICA, intervallo);
        execution.setVariableLocal(Variabili.MOMENTO_VERIFICA, Date.from(momento.toInstant()));
        execution.setVariableLocal(
                Variabili.SCADENZA_VERIFICA,
                Date.from(momento.plus(VerificaEsitiProperties.SCADENZA).toInstant()));
    }
}
