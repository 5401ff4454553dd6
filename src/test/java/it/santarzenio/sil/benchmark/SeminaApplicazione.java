package it.santarzenio.sil.benchmark;

import it.santarzenio.sil.AvvioSeparato;
import it.santarzenio.sil.processo.Processi;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds open cases of the application through its engine's Java API, in this JVM, in batches (one transaction per
 * batch) on several threads. A Fase I case is started from the Accoglienza start form as the informative desk;
 * the later desks' cases start Fase II as its call activity does and are moved on by completing the forms, as the
 * operators would, so that every domain row and engine row (identity links, authorizations) is the real one.
 */
final class SeminaApplicazione {

    private final ProcessEngine engine;
    private final TransactionTemplate transazione;
    private final String definizionePercorso;

    private SeminaApplicazione(ProcessEngine engine, PlatformTransactionManager transazioni) {
        this.engine = engine;
        this.transazione = new TransactionTemplate(transazioni);
        this.definizionePercorso = engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey(Processi.PERCORSO_CITTADINO)
                .latestVersion()
                .singleResult()
                .getId();
    }

    /** Cases {@code da} (included) to {@code a} (excluded) on database {@code url}. */
    static void semina(String url, long da, long a, int thread, Consumer<String> log) throws Exception {
        try (var contesto = AvvioSeparato.avvia(
                "demo",
                Map.of(
                        "spring.datasource.url",
                        url,
                        "spring.datasource.username",
                        ServerPostgres.UTENTE,
                        "spring.datasource.password",
                        ServerPostgres.PASSWORD,
                        "sil.demo.database-non-incorporato",
                        "true",
                        "spring.main.banner-mode",
                        "off",
                        "camunda.bpm.job-execution.enabled",
                        "false"))) {
            var semina = new SeminaApplicazione(
                    contesto.getBean(ProcessEngine.class), contesto.getBean(PlatformTransactionManager.class));
            Lotti.esegui(da, a, thread, log, semina::caso);
        }
    }

    private void caso(Long numero) {
        transazione.executeWithoutResult(stato -> avvia(numero));
    }

    private void avvia(long caso) {
        String codiceFiscale = Casi.codiceFiscale(caso);
        switch (Casi.dove(caso)) {
            case FASE_I -> come("informativo", "sportello-informativo", () -> engine.getFormService()
                    .submitStartForm(definizionePercorso, Casi.schedaAccesso(codiceFiscale, caso)));
            case FASE_II -> faseSpecialistica(caso, codiceFiscale, caso % 2 == 0);
            case CABINA -> {
                var fase = faseSpecialistica(caso, codiceFiscale, false);
                completa(fase, "Task_CondivisioneCaso", Map.of("noteCondivisione", "Caso condiviso."));
                completa(fase, "Task_OrientamentoSpecialistico", Map.of("esitoOrientamento", "Buona manualità."));
                completa(
                        fase,
                        "Task_ElaborazioneProposta",
                        Map.of(
                                "propostaProgettuale", "Tirocinio di sei mesi in un magazzino.",
                                "tipoProgetto", "TIROCINIO",
                                "richiedeAbbinamento", "false"));
            }
            case PARTNER -> {
                var fase = faseSpecialistica(caso, codiceFiscale, true);
                completa(fase, "Task_CondivisioneProgetto", Map.of("noteCondivisione", "Progetto condiviso."));
                completa(
                        fase,
                        "Task_OrientamentoSecondoLivello",
                        Map.of("tipoProgetto", "LAVORO", "richiedeAbbinamento", "true"));
            }
        }
    }

    /** Fase II started as Task_FaseSpecialistica starts it, with the variables Fase I hands over. */
    private ProcessInstance faseSpecialistica(long caso, String codiceFiscale, boolean definito) {
        // Above the numbers the application's sequence gives Fase I cases, so that no two cases share a number.
        String numeroPratica = "SIL-2026-%06d".formatted(500_000 + caso);
        var scheda = Casi.schedaAccesso(codiceFiscale, caso);
        var variabili = new HashMap<String, Object>();
        variabili.put("numeroPratica", numeroPratica);
        variabili.put("cittadinoId", 1L);
        variabili.put("nome", scheda.get("nome"));
        variabili.put("cognome", scheda.get("cognome"));
        variabili.put("codiceFiscale", codiceFiscale);
        variabili.put("percorsoConfermato", "RIQUALIFICAZIONE");
        variabili.put("obiettivi", "Impiego nella logistica entro sei mesi.");
        variabili.put("progettoDefinito", definito);
        variabili.put("interventiSecondoLivello", definito ? "Tirocinio in magazzino." : null);
        return engine.getRuntimeService()
                .startProcessInstanceByKey(Processi.ORIENTAMENTO_SPECIALISTICO, numeroPratica, variabili);
    }

    private void completa(ProcessInstance fase, String compito, Map<String, Object> variabili) {
        var task = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(fase.getBusinessKey())
                .taskDefinitionKey(compito)
                .singleResult();
        if (task == null) {
            throw new IllegalStateException("Compito " + compito + " assente in " + fase.getBusinessKey());
        }
        come("specialistico", "sportello-specialistico", () -> {
            engine.getFormService().submitTaskForm(task.getId(), variabili);
            return null;
        });
    }

    private <T> T come(String utente, String gruppo, java.util.function.Supplier<T> azione) {
        engine.getIdentityService().setAuthentication(utente, List.of(gruppo));
        try {
            return azione.get();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }
}
