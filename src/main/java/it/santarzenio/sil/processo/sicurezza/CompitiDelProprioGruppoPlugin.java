package it.santarzenio.sil.processo.sicurezza;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.stereotype.Component;

/**
 * Desk work is for the desks, whoever else the engine would let do it: the members of {@code camunda-admin} pass every
 * authorization check, and an administrator account must not open cases or complete tasks (security.md section 3).
 * Every user task gets a complete listener that refuses a user outside its candidate groups, and the start event of a
 * process that names {@code camunda:candidateStarterGroups} one that refuses a user outside them: the engine's 403
 * with an Italian message ({@link CausaDegliErroriRest}). The system (no authenticated user: timers, jobs, tests) and
 * the processes called by another pass.
 */
@Component
class CompitiDelProprioGruppoPlugin extends AbstractProcessEnginePlugin {

    static final TaskListener SOLO_IL_GRUPPO = CompitiDelProprioGruppoPlugin::verifica;
    static final ExecutionListener SOLO_CHI_PUO_AVVIARE = CompitiDelProprioGruppoPlugin::verificaAvvio;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configurazione) {
        if (configurazione.getCustomPostBPMNParseListeners() == null) {
            configurazione.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configurazione.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseStartEvent(Element elemento, ScopeImpl ambito, ActivityImpl attivita) {
                if (ambito instanceof ProcessDefinitionEntity) {
                    attivita.addListener(ExecutionListener.EVENTNAME_START, SOLO_CHI_PUO_AVVIARE);
                }
            }

            @Override
            public void parseUserTask(Element elemento, ScopeImpl ambito, ActivityImpl attivita) {
                ((UserTaskActivityBehavior) attivita.getActivityBehavior())
                        .getTaskDefinition()
                        .addTaskListener(TaskListener.EVENTNAME_COMPLETE, SOLO_IL_GRUPPO);
            }
        });
    }

    static void verifica(DelegateTask compito) {
        var autenticazione =
                compito.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        var gruppi = compito.getCandidates().stream()
                .map(IdentityLink::getGroupId)
                .filter(gruppo -> gruppo != null)
                .collect(Collectors.toSet());
        richiediUnoDi(gruppi, autenticazione, "Il compito «" + compito.getName() + "»");
    }

    /**
     * A case is opened by a member of the process's {@code camunda:candidateStarterGroups}, when it names any; a process
     * called by another, or started by the system, passes.
     */
    static void verificaAvvio(DelegateExecution esecuzione) {
        var istanza = (ExecutionEntity) esecuzione;
        if (istanza.getProcessInstance().getSuperExecution() != null) {
            return;
        }
        var gruppi = istanza.getProcessDefinition().getCandidateStarterGroupIdExpressions().stream()
                .map(Expression::getExpressionText)
                .collect(Collectors.toSet());
        richiediUnoDi(
                gruppi,
                esecuzione.getProcessEngineServices().getIdentityService().getCurrentAuthentication(),
                "Aprire una pratica di «" + istanza.getProcessDefinition().getName() + "»");
    }

    /** The system (no user) and work that names no group pass; a user outside all of {@code gruppi} is refused. */
    private static void richiediUnoDi(Set<String> gruppi, Authentication autenticazione, String lavoro) {
        if (autenticazione == null
                || autenticazione.getUserId() == null
                || gruppi.isEmpty()
                || (autenticazione.getGroupIds() != null
                        && autenticazione.getGroupIds().stream().anyMatch(gruppi::contains))) {
            return;
        }
        throw new AuthorizationException(lavoro + " spetta a: "
                + gruppi.stream()
                        .map(CompitiDelProprioGruppoPlugin::nome)
                        .sorted()
                        .collect(Collectors.joining(", "))
                + ". L'utente " + autenticazione.getUserId() + " non fa parte di questi gruppi.");
    }

    private static String nome(String gruppo) {
        return Arrays.stream(Gruppo.values())
                .filter(noto -> noto.id().equals(gruppo))
                .map(Gruppo::nome)
                .findFirst()
                .orElse(gruppo);
    }
}
