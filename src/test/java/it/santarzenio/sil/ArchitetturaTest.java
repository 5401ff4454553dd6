package it.santarzenio.sil;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Module boundaries of style.md: only processo knows the engine; no module reaches into another's internals. */
class ArchitetturaTest {

    private static final JavaClasses CLASSI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("it.santarzenio.sil");
    private static final Pattern INTERNO = Pattern.compile("it\\.santarzenio\\.sil\\.(\\w+)\\.(internal|web)(\\..*)?");
    private static final Pattern MODULO = Pattern.compile("it\\.santarzenio\\.sil\\.(\\w+).*");

    @Test
    void soloProcessoConosceCamunda() {
        noClasses()
                .that()
                .resideOutsideOfPackage("it.santarzenio.sil.processo..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.camunda..")
                .because("a move to a maintained fork of the Camunda 7 API must stay a change of one package")
                .check(CLASSI);
    }

    @Test
    void nessunModuloToccaGliInterniDiUnAltro() {
        var violazioni = new ArrayList<String>();
        CLASSI.forEach(classe -> classe.getDirectDependenciesFromSelf().forEach(dipendenza -> {
            var interno = INTERNO.matcher(dipendenza.getTargetClass().getPackageName());
            var origine = MODULO.matcher(classe.getPackageName());
            if (interno.matches() && (!origine.matches() || !origine.group(1).equals(interno.group(1)))) {
                violazioni.add(dipendenza.getDescription());
            }
        }));
        assertThat(violazioni).isEmpty();
    }
}
