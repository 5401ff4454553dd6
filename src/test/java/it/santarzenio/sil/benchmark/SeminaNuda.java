package it.santarzenio.sil.benchmark;

import it.santarzenio.sil.benchmark.nudo.MotoreNudo;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the bare engine's open cases through its Java API, in this JVM, spread as the application's (Casi): the
 * defined-project process for Fase I, its called process for Fase II, one-task processes for the Cabina and the
 * partner (in the application both live in called processes too).
 */
final class SeminaNuda {

    private SeminaNuda() {}

    static void semina(String url, long da, long a, int thread, Consumer<String> log) throws Exception {
        try (var contesto = new SpringApplicationBuilder(MotoreNudo.class)
                .run(
                        "--spring.config.name=motore-nudo",
                        // The test class path holds the application's guard of the demo users' database.
                        "--sil.demo.database-non-incorporato=true",
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + ServerPostgres.UTENTE,
                        "--spring.datasource.password=" + ServerPostgres.PASSWORD,
                        "--spring.main.banner-mode=off",
                        "--server.port=0",
                        "--camunda.bpm.generate-unique-process-engine-name=true",
                        "--camunda.bpm.job-execution.enabled=false")) {
            var engine = contesto.getBean(ProcessEngine.class);
            var transazione = new TransactionTemplate(contesto.getBean(PlatformTransactionManager.class));
            var runtime = engine.getRuntimeService();
            Lotti.esegui(
                    da,
                    a,
                    thread,
                    log,
                    caso -> transazione.executeWithoutResult(stato -> {
                        var scheda = Casi.schedaAccesso(Casi.codiceFiscale(caso), caso);
                        String chiave = "NUDO-%06d".formatted(caso);
                        scheda.put("numeroPratica", chiave);
                        String processo =
                                switch (Casi.dove(caso)) {
                                    case FASE_I -> "PercorsoNudoProcess";
                                    case FASE_II -> "FaseNudaProcess";
                                    case CABINA -> "CabinaNudaProcess";
                                    case PARTNER -> "AbbinamentoNudoProcess";
                                };
                        if (Casi.dove(caso) == Casi.Dove.PARTNER) {
                            // Only what the application's matching process receives.
                            runtime.startProcessInstanceByKey(
                                    processo,
                                    chiave,
                                    Map.of(
                                            "numeroPratica",
                                            chiave,
                                            "nome",
                                            scheda.get("nome"),
                                            "cognome",
                                            scheda.get("cognome"),
                                            "tipoProgetto",
                                            "LAVORO"));
                        } else {
                            runtime.startProcessInstanceByKey(processo, chiave, scheda);
                        }
                    }));
        }
    }
}
