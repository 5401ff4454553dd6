package it.santarzenio.sil.processo;

import it.santarzenio.sil.abbinamento.AbbinamentoService;
import it.santarzenio.sil.abbinamento.DatiCandidatura;
import it.santarzenio.sil.orientamento.CondivisioneObiettivi;
import it.santarzenio.sil.orientamento.OrientamentoService;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RegistraObiettivi in percorso-cittadino.bpmn: keeps the suggested and the confirmed path, with the version of
 * the decision that made the suggestion, and the shared goals.
 */
@Component("registraObiettiviDelegate")
class RegistraObiettiviDelegate implements JavaDelegate {

    private final OrientamentoService orientamento;
    private final AbbinamentoService abbinamento;
    private final ModuliCompilati moduli;

    RegistraObiettiviDelegate(
            OrientamentoService orientamento, AbbinamentoService abbinamento, ModuliCompilati moduli) {
        this.orientamento = orientamento;
        this.abbinamento = abbinamento;
        this.moduli = moduli;
    }

    /** The tag list of wished occupations; absent when the operator chose none. */
    record ProfessioniDesiderate(List<String> professioniDesiderate) {}

    @Override
    public void execute(DelegateExecution execution) {
        String numeroPratica = (String) execution.getVariable(Variabili.NUMERO_PRATICA);
        orientamento.registraObiettivi(
                numeroPratica,
                moduli.leggi(execution, CondivisioneObiettivi.class),
                (String) execution.getVariable(Variabili.MOTIVAZIONE_SUGGERIMENTO),
                versioneDecisione(execution),
                Operatore.di(execution));
        var professioni = moduli.leggi(execution, ProfessioniDesiderate.class).professioniDesiderate();
        if (professioni != null && !professioni.isEmpty()) {
            // Coded with CP2021 like the partner agency's offers, for the matching in Fase II.
            abbinamento.impostaCandidatura(
                    numeroPratica, new DatiCandidatura(professioni, null, null), Operatore.di(execution));
        }
    }

    /** The decision deployed with this process version is the one the business rule task evaluated (binding deployment). */
    private static String versioneDecisione(DelegateExecution execution) {
        var repository = execution.getProcessEngineServices().getRepositoryService();
        var processo = repository.getProcessDefinition(execution.getProcessDefinitionId());
        var decisione = repository
                .createDecisionDefinitionQuery()
                .deploymentId(processo.getDeploymentId())
                .decisionDefinitionKey(Variabili.DECISIONE_PROFILAZIONE)
                .singleResult();
        return decisione.getKey() + ":" + decisione.getVersion() + " (" + decisione.getId() + ")";
    }
}
