package it.santarzenio.sil.processo;

import it.santarzenio.sil.abbinamento.Cp2021Service;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Creation of Task_CondivisioneObiettivi: the CP2021 occupations become the choices of the form's tag list, so the
 * citizen's wished occupations are coded as the partner agency's offers are.
 */
@Component("professioniIstatListener")
class ProfessioniIstatListener implements TaskListener {

    private final Cp2021Service cp2021;

    ProfessioniIstatListener(Cp2021Service cp2021) {
        this.cp2021 = cp2021;
    }

    @Override
    public void notify(DelegateTask compito) {
        compito.setVariableLocal(
                Variabili.PROFESSIONI_CP2021,
                SpinValues.jsonValue(Spin.JSON(cp2021.scelte())).create());
    }
}
