package it.santarzenio.sil;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * What runs by itself on every node is counted on two nodes by {@link DueNodiIT}: a new timer in a model or a new
 * {@code @Scheduled} method fails here until that test drives it and lists it.
 */
class TimerDeiModelliTest {

    @Test
    void ogniTimerDeiModelli_elencatoNelTestADueNodi() throws IOException {
        var timer = new ArrayList<String>();
        try (Stream<Path> file = Files.list(Path.of("processes"))) {
            for (Path modello :
                    file.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList()) {
                for (var definizione :
                        Bpmn.readModelFromFile(modello.toFile()).getModelElementsByType(TimerEventDefinition.class)) {
                    ModelElementInstance evento = definizione.getParentElement();
                    timer.add(evento.getAttributeValue("id"));
                }
            }
        }
        assertThat(timer).as("the models have timers").isNotEmpty();
        assertThat(timer)
                .as("the timer events of processes/*.bpmn, each driven on two nodes by DueNodiIT.TIMER_DEI_MODELLI")
                .containsExactlyInAnyOrderElementsOf(DueNodiIT.TIMER_DEI_MODELLI);
    }

    @Test
    void ogniLavoroProgrammato_elencatoNelTestADueNodi() {
        var lavori = new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("it.santarzenio.sil")
                        .stream()
                        .flatMap(classe -> classe.getMethods().stream())
                        .filter(metodo -> metodo.isAnnotatedWith(Scheduled.class))
                        .map(metodo -> metodo.getOwner().getName() + "#" + metodo.getName())
                        .toList();
        assertThat(lavori)
                .as("the @Scheduled methods of src/main, each run on two nodes by DueNodiIT.LAVORI_PROGRAMMATI")
                .containsExactlyInAnyOrderElementsOf(DueNodiIT.LAVORI_PROGRAMMATI);
    }
}
