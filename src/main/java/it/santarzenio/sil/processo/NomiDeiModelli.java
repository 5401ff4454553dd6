package it.santarzenio.sil.processo;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.spring.boot.starter.configuration.CamundaDeploymentConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultDeploymentConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.ContextResource;
import org.springframework.core.io.Resource;

/**
 * Every model is deployed under its file name alone ({@code percorso-cittadino.bpmn}), however the application was
 * launched. The engine names a resource it can open as a file by its absolute path and one inside a jar by its file
 * name: run from {@code target/classes} ({@code spring-boot:run}, the tests, the benchmark's seeding) the names were
 * {@code /work/…/modelli/percorso-cittadino.bpmn}, so the jar started on the same database found every resource
 * "changed" and deployed a new version of each model, and {@link MigrazioneVersioniPrecedenti} then moved every open
 * case to it before readiness (ADR 0021). A {@link ContextResource} is named by its path within the context, which
 * here is the file name: the name the jar has always deployed, so production databases see no change.
 */
@Configuration(proxyBeanMethods = false)
class NomiDeiModelli {

    @Bean
    CamundaDeploymentConfiguration camundaDeploymentConfiguration() {
        return new DefaultDeploymentConfiguration() {
            @Override
            public Set<Resource> getDeploymentResources() {
                return super.getDeploymentResources().stream()
                        .map(PerNomeDiFile::new)
                        .collect(Collectors.toCollection(LinkedHashSet::new));
            }
        };
    }

    /** A model's resource that gives the engine its file name as its name. */
    private static final class PerNomeDiFile extends AbstractResource implements ContextResource {

        private final Resource modello;

        private PerNomeDiFile(Resource modello) {
            this.modello = modello;
        }

        @Override
        public String getPathWithinContext() {
            return modello.getFilename();
        }

        @Override
        public String getFilename() {
            return modello.getFilename();
        }

        @Override
        public InputStream getInputStream() throws IOException {
            return modello.getInputStream();
        }

        @Override
        public boolean exists() {
            return modello.exists();
        }

        @Override
        public String getDescription() {
            return modello.getDescription();
        }
    }
}
