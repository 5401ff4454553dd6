package it.santarzenio.sil.processo;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.camunda.bpm.engine.rest.spi.ProcessEngineProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The engine REST API finds its process engine without searching the class path at every request (ADR 0026).
 *
 * <p>Every resource object of the engine REST API (two per request: {@code /filter}, then {@code /filter/{id}})
 * looks its engine up in its constructor by {@code EngineUtil.lookupProcessEngine}, which builds a new
 * {@link java.util.ServiceLoader} of {@link ProcessEngineProvider} each time: the context class loader lists the
 * service file in every nested jar of the application, then opens and reads the one it finds. From the packaged jar
 * that was 6% of the time of Tasklist's list of a filter at 100,000 open cases (JFR), and the same for each call of
 * a whole path. This filter runs the engine's REST requests (its own API and the webapps' one, which Tasklist and
 * Cockpit call) with a context class loader that answers that one lookup with the service file read once; any other
 * class or resource comes from the server's class loader, as before.
 */
@Configuration(proxyBeanMethods = false)
class FornitoreDelMotoreRest extends OncePerRequestFilter {

    static final String SERVIZIO = "META-INF/services/" + ProcessEngineProvider.class.getName();

    private volatile CaricatoreDelFornitore caricatore;

    @Bean
    FilterRegistrationBean<FornitoreDelMotoreRest> registrazioneFornitoreDelMotore() {
        var registrazione = new FilterRegistrationBean<>(this);
        registrazione.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registrazione.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registrazione;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest richiesta, HttpServletResponse risposta, FilterChain catena)
            throws ServletException, IOException {
        var thread = Thread.currentThread();
        ClassLoader delServer = thread.getContextClassLoader();
        thread.setContextClassLoader(caricatorePer(delServer));
        try {
            catena.doFilter(richiesta, risposta);
        } finally {
            thread.setContextClassLoader(delServer);
        }
    }

    private CaricatoreDelFornitore caricatorePer(ClassLoader delServer) {
        var attuale = caricatore;
        if (attuale == null || attuale.getParent() != delServer) {
            attuale = new CaricatoreDelFornitore(delServer);
            caricatore = attuale;
        }
        return attuale;
    }

    /**
     * The server's class loader, except that the service file of {@link ProcessEngineProvider} is one resource in
     * memory: the concatenation of every copy the server's class loader lists, read when this loader is made. The
     * class path of a running application does not change.
     */
    static final class CaricatoreDelFornitore extends ClassLoader {

        static {
            registerAsParallelCapable();
        }

        private final URL servizio;

        CaricatoreDelFornitore(ClassLoader genitore) {
            super(genitore);
            this.servizio = inMemoria(leggi(genitore));
        }

        @Override
        public Enumeration<URL> getResources(String nome) throws IOException {
            return SERVIZIO.equals(nome) ? Collections.enumeration(List.of(servizio)) : super.getResources(nome);
        }

        private static byte[] leggi(ClassLoader genitore) {
            var testo = new ByteArrayOutputStream();
            try {
                for (URL copia : Collections.list(genitore.getResources(SERVIZIO))) {
                    try (InputStream in = copia.openStream()) {
                        in.transferTo(testo);
                    }
                    testo.write('\n');
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Service file of the engine REST API not readable: " + SERVIZIO, e);
            }
            return testo.toByteArray();
        }

        private static URL inMemoria(byte[] testo) {
            try {
                return new URL("sil-memoria", "", -1, "/" + SERVIZIO, new URLStreamHandler() {
                    @Override
                    protected URLConnection openConnection(URL indirizzo) {
                        return new URLConnection(indirizzo) {
                            @Override
                            public void connect() {
                                connected = true;
                            }

                            @Override
                            public InputStream getInputStream() {
                                return new ByteArrayInputStream(testo);
                            }
                        };
                    }
                });
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
