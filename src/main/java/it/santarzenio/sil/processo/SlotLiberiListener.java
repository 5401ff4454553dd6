package it.santarzenio.sil.processo;

import it.santarzenio.sil.agenda.AgendaService;
import it.santarzenio.sil.agenda.Sportello;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Creation of Task_ConcordaAppuntamento: the next free slots of the desk become the choices of the form's select
 * (form-js reads them as JSON from the task-local variable slotLiberi), so the operator rarely types a date.
 */
@Component("slotLiberiListener")
class SlotLiberiListener implements TaskListener {

    static final int SCELTE = 12;

    private final AgendaService agenda;

    SlotLiberiListener(AgendaService agenda) {
        this.agenda = agenda;
    }

    @Override
    public void notify(DelegateTask compito) {
        var scelte = Spin.JSON(agenda.sceltaSlot(Sportello.INFORMATIVO, SCELTE));
        compito.setVariableLocal(
                Variabili.SLOT_LIBERI, SpinValues.jsonValue(scelte).create());
    }
}
