package it.santarzenio.sil.processo;

import it.santarzenio.sil.accesso.AccessoService;
import java.text.Normalizer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Every user task of every process gets, when it is created, the task-local {@link ColonneElenco}: case number,
 * surname and name of the citizen, the appointment where the task is held at one, and the key the search box matches.
 * Tasklist reads the filters'
 * columns with the engine's variable query, which a group may not run on the instances' variables (no
 * READ_INSTANCE_VARIABLE, ADR 0010); a task's own locals it may read where it may read the task's variables
 * ({@code sicurezza.GestoreAutorizzazioni}, ADR 0016). Each process holds only what its group may see: the partner's
 * and the Cabina's called processes receive case number, name and surname by {@code camunda:in}, and no appointment.
 */
@Component
class ColonneElencoPlugin extends AbstractProcessEnginePlugin {

    /** Tasks whose due date is the citizen's appointment (design.md: the assessment is due at its appointment). */
    private static final Set<String> COMPITI_CON_APPUNTAMENTO = Set.of("Task_ColloquioAssessment");

    private static final DateTimeFormatter ORA_ITALIANA =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Rome"));

    private final AccessoService accessi;

    ColonneElencoPlugin(@Lazy AccessoService accessi) {
        this.accessi = accessi;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configurazione) {
        TaskListener colonne = this::copiaColonne;
        configurazione.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element elemento, ScopeImpl scope, ActivityImpl attivita) {
                ((UserTaskActivityBehavior) attivita.getActivityBehavior())
                        .getTaskDefinition()
                        .addTaskListener(TaskListener.EVENTNAME_CREATE, colonne);
            }
        });
    }

    private void copiaColonne(DelegateTask compito) {
        compito.setVariablesLocal(colonne(compito.getTaskDefinitionKey(), compito.getDueDate(), compito::getVariable));
    }

    /**
     * The columns of a task {@code chiaveCompito} due at {@code scadenza}, from the variables it sees ({@code
     * variabile}, by name): none when it belongs to no case. Also used for the tasks created before the columns
     * existed ({@link ColonneElencoMancanti}).
     */
    Map<String, Object> colonne(String chiaveCompito, Date scadenza, Function<String, Object> variabile) {
        String numeroPratica = testo(variabile.apply(Variabili.NUMERO_PRATICA));
        if (numeroPratica == null) {
            return Map.of();
        }
        var colonne = new HashMap<String, Object>();
        colonne.put(ColonneElenco.PRATICA, numeroPratica);
        String cognome = testo(variabile.apply(Variabili.COGNOME));
        String nome = testo(variabile.apply(Variabili.NOME));
        if (cognome == null && nome == null) {
            // VerificaEsitiProcess carries only the case number: the name as the domain holds it today.
            var contatti = accessi.contatti(numeroPratica);
            cognome = contatti.map(c -> c.cognome()).orElse(null);
            nome = contatti.map(c -> c.nome()).orElse(null);
        }
        if (cognome != null) {
            colonne.put(ColonneElenco.COGNOME, cognome);
        }
        if (nome != null) {
            colonne.put(ColonneElenco.NOME, nome);
        }
        colonne.put(ColonneElenco.RICERCA, String.join("|", chiave(cognome), chiave(nome), chiave(numeroPratica)));
        if (COMPITI_CON_APPUNTAMENTO.contains(chiaveCompito) && scadenza != null) {
            colonne.put(ColonneElenco.APPUNTAMENTO, ORA_ITALIANA.format(scadenza.toInstant()));
        }
        return colonne;
    }

    /** As ricerca-compiti.js reduces what is typed: no accents, no case, letters and digits only. */
    static String chiave(String testo) {
        if (testo == null) {
            return "";
        }
        return Normalizer.normalize(testo, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toUpperCase(Locale.ROOT)
                .replaceAll("[^0-9A-Z]", "");
    }

    private static String testo(Object valore) {
        return valore == null || valore.toString().isBlank() ? null : valore.toString();
    }
}
