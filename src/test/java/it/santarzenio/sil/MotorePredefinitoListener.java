package it.santarzenio.sil;

import org.camunda.bpm.container.RuntimeContainerDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Before each Spring test class, makes the engine of that class's context the one that {@code /engine-rest} and the
 * webapps find: both look it up by name ("default") in a static registry, where the context started last would
 * otherwise win, and several cached contexts live in one test JVM. Registered for every Spring test in
 * META-INF/spring.factories.
 */
public class MotorePredefinitoListener implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestClass(TestContext contesto) {
        contesto.getApplicationContext()
                .getBeanProvider(ProcessEngine.class)
                .ifAvailable(MotorePredefinitoListener::predefinito);
    }

    /** Both registries: the engine's static one and the runtime container that the webapps and REST also ask. */
    private static void predefinito(ProcessEngine motore) {
        ProcessEngines.registerProcessEngine(motore);
        var contenitore = RuntimeContainerDelegate.INSTANCE.get();
        var servizio = contenitore.getProcessEngineService();
        var attuale = servizio.getProcessEngineNames().contains(motore.getName())
                ? servizio.getProcessEngine(motore.getName())
                : null;
        if (attuale != motore) {
            if (attuale != null) {
                contenitore.unregisterProcessEngine(attuale);
            }
            contenitore.registerProcessEngine(motore);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
