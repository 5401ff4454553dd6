package it.santarzenio.sil.processo;

import static org.assertj.core.api.Assertions.assertThat;

import it.santarzenio.sil.ApplicazioneSuH2;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;

/**
 * The deployment patterns (application.yaml, rooted at modelli/ since ADR 0021) deploy every file of processes/ and
 * forms/ and nothing else: a pattern that missed the forms would leave each formRef without its form. Each under
 * its file name alone, as the jar deploys it: this test runs from target/classes, where the engine would name a
 * resource by its absolute path, and the jar on the same database would then deploy every model again
 * ({@link NomiDeiModelli}).
 */
@ApplicazioneSuH2
class ModelliDistribuitiTest {

    private final RepositoryService repository;

    ModelliDistribuitiTest(RepositoryService repository) {
        this.repository = repository;
    }

    @Test
    void allAvvio_ogniFileDiProcessesEFormsDistribuito_eNessunAltro() throws IOException {
        var attesi = new ArrayList<String>();
        for (String cartella : List.of("processes", "forms")) {
            try (Stream<Path> file = Files.list(Path.of(cartella))) {
                file.map(p -> p.getFileName().toString()).forEach(attesi::add);
            }
        }
        var distribuiti = repository.createDeploymentQuery().list().stream()
                .flatMap(deployment -> repository.getDeploymentResources(deployment.getId()).stream())
                .map(Resource::getName)
                .distinct()
                .toList();

        assertThat(distribuiti).containsExactlyInAnyOrderElementsOf(attesi);
    }
}
