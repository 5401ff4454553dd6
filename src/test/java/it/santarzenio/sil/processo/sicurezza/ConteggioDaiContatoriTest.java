package it.santarzenio.sil.processo.sicurezza;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.TaskQueryProperty;
import org.camunda.bpm.engine.impl.db.TenantCheck;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which counts the counters answer (ADR 0024): the group counts of Tasklist's filters and of the group task query,
 * and no count with any other criterion, for each of which the counters would give a wrong number.
 */
class ConteggioDaiContatoriTest {

    private static TaskQueryImpl nuova() {
        return new TaskQueryImpl();
    }

    @Test
    void iConteggiDeiGruppi_daiContatori() {
        assertThat(ConteggioDaiContatori.ammesso((TaskQueryImpl) nuova().taskCandidateGroup("sportello-informativo")))
                .as("a desk's filter, unassigned only")
                .isTrue();
        assertThat(ConteggioDaiContatori.ammesso(nuova()))
                .as("no candidate group")
                .isFalse();
        assertThat(ConteggioDaiContatori.ammesso((TaskQueryImpl)
                        nuova().taskCandidateGroup("sportello-informativo").includeAssignedTasks()))
                .as("a desk's filter")
                .isTrue();
        assertThat(ConteggioDaiContatori.ammesso((TaskQueryImpl)
                        nuova().taskCandidateGroupIn(List.of("sportello-informativo", "sportello-specialistico"))
                                .taskUnassigned()))
                .as("\"Compiti del mio gruppo\"")
                .isTrue();

        var ordinata = (TaskQueryImpl) nuova().taskCandidateGroup("societa-partner");
        ordinata.setOrderingProperties(List.of(new QueryOrderingProperty(TaskQueryProperty.CREATE_TIME, null)));
        ordinata.setFirstResult(15);
        ordinata.setMaxResults(15);
        ordinata.initializeFormKeys();
        var conTenant = new TenantCheck();
        conTenant.setTenantCheckEnabled(true);
        conTenant.setAuthTenantIds(List.of("comune-a"));
        ordinata.setTenantCheck(conTenant);
        assertThat(ConteggioDaiContatori.ammesso(ordinata))
                .as("sorting, page, form keys and the tenant check do not change a count's criteria")
                .isTrue();
    }

    static Stream<Arguments> altriCriteri() {
        return Stream.of(
                criterio("due today", query -> query.dueAfter(new Date())),
                criterio("a task name", query -> query.taskName("Colloquio")),
                criterio("a process variable", query -> query.processVariableValueEquals("codiceFiscale", "X")),
                criterio("an involved user", query -> query.taskInvolvedUser("informativo")),
                criterio("an assignee", query -> query.taskAssignee("informativo")),
                criterio("assigned only", TaskQuery::taskAssigned),
                criterio("a business key", query -> query.processInstanceBusinessKey("SIL-2026-000001")),
                criterio("a definition key", query -> query.processDefinitionKey("PercorsoCittadinoProcess")),
                criterio("active only", TaskQuery::active),
                criterio("a tenant", query -> query.tenantIdIn("comune-a")),
                criterio("without tenant", TaskQuery::withoutTenantId),
                criterio("a group like", query -> query.taskCandidateGroupLike("sportello%")),
                criterio("without candidate users", TaskQuery::withoutCandidateUsers),
                criterio(
                        "an or query", query -> query.or().taskName("Colloquio").endOr()),
                criterio("a priority", query -> query.taskPriority(50)),
                criterio("no subtasks", TaskQuery::excludeSubtasks),
                criterio("follow-up", query -> query.followUpBeforeOrNotExistent(new Date())));
    }

    private static Arguments criterio(String nome, UnaryOperator<TaskQuery> criterio) {
        return Arguments.of(nome, criterio);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("altriCriteri")
    void ogniAltroCriterio_alMotore(String nome, UnaryOperator<TaskQuery> criterio) {
        var query = (TaskQueryImpl) criterio.apply(nuova().taskCandidateGroup("sportello-informativo"));
        assertThat(ConteggioDaiContatori.ammesso(query)).isFalse();
    }
}
