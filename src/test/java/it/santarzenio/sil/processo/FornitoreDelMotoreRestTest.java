package it.santarzenio.sil.processo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.rest.spi.ProcessEngineProvider;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The engine REST API's look-up of its process engine reads the service file once (ADR 0026). */
class FornitoreDelMotoreRestTest {

    @Test
    void ilCaricatoreTrovaGliStessiFornitoriSenzaCercarliDiNuovo() {
        var server = new CaricatoreCheConta(getClass().getClassLoader());
        var caricatore = new FornitoreDelMotoreRest.CaricatoreDelFornitore(server);
        int ricercheAllaCreazione = server.ricerche(FornitoreDelMotoreRest.SERVIZIO);

        List<String> trovati = classi(ServiceLoader.load(ProcessEngineProvider.class, caricatore));
        List<String> atteso = classi(
                ServiceLoader.load(ProcessEngineProvider.class, getClass().getClassLoader()));
        classi(ServiceLoader.load(ProcessEngineProvider.class, caricatore));

        assertThat(atteso).isNotEmpty();
        assertThat(trovati).isEqualTo(atteso);
        assertThat(ricercheAllaCreazione).isEqualTo(1);
        assertThat(server.ricerche(FornitoreDelMotoreRest.SERVIZIO))
                .as("the service file is listed only when the loader is made")
                .isEqualTo(1);
    }

    @Test
    void ogniAltraRisorsaVieneDalCaricatoreDelServer() throws IOException {
        var server = new CaricatoreCheConta(getClass().getClassLoader());
        var caricatore = new FornitoreDelMotoreRest.CaricatoreDelFornitore(server);
        String altra = "META-INF/MANIFEST.MF";

        assertThat(Collections.list(caricatore.getResources(altra)))
                .isEqualTo(Collections.list(getClass().getClassLoader().getResources(altra)));
        assertThat(server.ricerche(altra)).isEqualTo(1);
    }

    @Test
    void laRichiestaCorreConIlCaricatoreEPoiLoRestituisce() throws Exception {
        var filtro = new FornitoreDelMotoreRest();
        var thread = Thread.currentThread();
        ClassLoader prima = thread.getContextClassLoader();
        var durante = new AtomicReference<ClassLoader>();

        filtro.doFilter(
                new MockHttpServletRequest("GET", "/engine-rest/task"),
                new MockHttpServletResponse(),
                (richiesta, risposta) -> durante.set(thread.getContextClassLoader()));
        assertThatThrownBy(() -> filtro.doFilter(
                        new MockHttpServletRequest("GET", "/engine-rest/task"),
                        new MockHttpServletResponse(),
                        (richiesta, risposta) -> {
                            throw new IllegalStateException("guasto");
                        }))
                .hasMessage("guasto");

        assertThat(durante.get()).isInstanceOf(FornitoreDelMotoreRest.CaricatoreDelFornitore.class);
        assertThat(durante.get().getParent()).isSameAs(prima);
        assertThat(thread.getContextClassLoader()).isSameAs(prima);
    }

    private static List<String> classi(ServiceLoader<ProcessEngineProvider> fornitori) {
        var nomi = new ArrayList<String>();
        fornitori.stream().forEach(fornitore -> nomi.add(fornitore.type().getName()));
        return nomi;
    }

    /** A class loader that counts the look-ups of each resource name. */
    private static final class CaricatoreCheConta extends ClassLoader {

        private final List<String> nomi = Collections.synchronizedList(new ArrayList<>());

        CaricatoreCheConta(ClassLoader genitore) {
            super(genitore);
        }

        @Override
        public Enumeration<URL> getResources(String nome) throws IOException {
            nomi.add(nome);
            return super.getResources(nome);
        }

        int ricerche(String nome) {
            return (int) nomi.stream().filter(nome::equals).count();
        }
    }
}
