package it.santarzenio.sil.processo;

import java.time.Period;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * No task without a due date: every user task of every process gets a create listener that gives a task the model
 * left without one a due date {@code sil.compiti.scadenza} (ISO-8601, default P15D) after it appears, so that
 * Tasklist's "Scadenza" sorting and the overdue filters see every task. One place instead of a dueDate on each task
 * of the BPMN; a task whose model sets a due date keeps it. Built in, so that it runs also when a task is created
 * skipping the custom listeners (an administrator's instance modification or restart), and before the model's
 * listeners and the task-list columns, which then see the due date.
 */
@Component
class ScadenzaPredefinitaPlugin extends AbstractProcessEnginePlugin {

    private static final ZoneId ROMA = ZoneId.of("Europe/Rome");

    private final Period scadenza;

    ScadenzaPredefinitaPlugin(@Value("${sil.compiti.scadenza:P15D}") Period scadenza) {
        if (scadenza.isNegative() || scadenza.isZero()) {
            throw new IllegalArgumentException("sil.compiti.scadenza deve essere un periodo ISO-8601 positivo.");
        }
        this.scadenza = scadenza;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configurazione) {
        TaskListener scadenzaPredefinita = compito -> {
            if (compito.getDueDate() == null) {
                var creato = compito.getCreateTime().toInstant().atZone(ROMA);
                compito.setDueDate(Date.from(creato.plus(scadenza).toInstant()));
            }
        };
        configurazione.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element elemento, ScopeImpl scope, ActivityImpl attivita) {
                ((UserTaskActivityBehavior) attivita.getActivityBehavior())
                        .getTaskDefinition()
                        .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, scadenzaPredefinita);
            }
        });
    }
}
