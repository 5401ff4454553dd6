package it.santarzenio.sil;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * What can be checked of the Docker files where no Docker daemon runs (README "Più nodi"): the Compose files parse
 * and agree with each other, with the Dockerfile, the balancer's configuration and the README; the Dockerfile copies
 * what exists and what the build context keeps, and its jar pattern finds exactly the executable jar that
 * {@code package} built (so this runs in failsafe, after {@code package}). Nothing here builds an image or starts a
 * container.
 */
class FileDockerIT {

    private static final Path RADICE = Path.of("").toAbsolutePath();
    private static final Pattern VARIABILE = Pattern.compile("(?<!\\$)\\$\\{([A-Z_][A-Z0-9_]*)(:?[?-])?([^}]*)}");

    @Test
    void composeDiProduzione_servizi_variabiliObbligatorieEControlloDiSalute() throws IOException {
        var compose = yaml("docker-compose.yml");
        var servizi = mappa(compose.get("services"));
        assertThat(servizi).containsOnlyKeys("db", "app");

        var db = mappa(servizi.get("db"));
        assertThat(String.valueOf(db.get("image"))).startsWith("postgres:16");
        var volumi = mappa(compose.get("volumes"));
        for (Object volume : lista(db.get("volumes"))) {
            String nome = String.valueOf(volume).split(":")[0];
            assertThat(volumi).as("named volume " + nome + " declared").containsKey(nome);
        }

        var app = mappa(servizi.get("app"));
        assertThat(app.get("build")).isEqualTo(".");
        assertThat(RADICE.resolve("Dockerfile")).exists();
        assertThat(mappa(mappa(app.get("depends_on")).get("db")).get("condition"))
                .isEqualTo("service_healthy");
        var ambiente = mappa(app.get("environment"));
        assertThat(ambiente.get("SPRING_PROFILES_ACTIVE")).isEqualTo("prod");
        assertThat(lista(mappa(app.get("healthcheck")).get("test")))
                .as("Compose's health check is the readiness probe, as the image's")
                .contains("http://localhost:8080/actuator/health/readiness");
        assertThat(Files.readString(RADICE.resolve("Dockerfile")))
                .contains("http://localhost:8080/actuator/health/readiness")
                .contains("EXPOSE 8080");

        // Every variable a Compose file needs without a default is one the README's .env example sets, and the
        // application's reads of the environment are those of the README's table.
        String readme = Files.readString(RADICE.resolve("README.md"));
        var obbligatorie = new TreeSet<String>();
        var tutte = new TreeSet<String>();
        for (String file : List.of("docker-compose.yml", "docker-compose.nodi.yml")) {
            var variabili = VARIABILE.matcher(Files.readString(RADICE.resolve(file)));
            while (variabili.find()) {
                tutte.add(variabili.group(1));
                if (":?".equals(variabili.group(2))) {
                    obbligatorie.add(variabili.group(1));
                }
            }
        }
        assertThat(obbligatorie)
                .containsExactly(
                        "SIL_ADMIN_PASSWORD", "SIL_ADMIN_USER", "SIL_DB_PASSWORD", "SIL_DB_URL", "SIL_DB_USER");
        for (String variabile : obbligatorie) {
            assertThat(readme).as("the README's .env sets " + variabile).containsPattern("(?m)^" + variabile + "=");
        }
        for (String variabile : tutte) {
            assertThat(readme).as("the README documents " + variabile).contains("`" + variabile + "`");
        }
        assertThat(readme).contains("docker-compose up -d --build");
    }

    @Test
    void composeAPiuNodi_bilanciatoreSullaPortaDeiNodiEFileMontatiEsistenti() throws IOException {
        var servizi = mappa(yaml("docker-compose.nodi.yml").get("services"));
        assertThat(servizi).containsOnlyKeys("app", "balancer");
        var app = mappa(servizi.get("app"));
        assertThat(app.get("ports")).as("!reset []: no host port per node").isEqualTo(List.of());
        assertThat(lista(app.get("expose"))).containsExactly("8080");

        var bilanciatore = mappa(servizi.get("balancer"));
        assertThat(String.valueOf(bilanciatore.get("image"))).startsWith("nginx:");
        assertThat(mappa(mappa(bilanciatore.get("depends_on")).get("app")).get("condition"))
                .isEqualTo("service_healthy");
        var montati = new ArrayList<Path>();
        for (Object volume : lista(bilanciatore.get("volumes"))) {
            String sorgente = String.valueOf(volume).split(":")[0];
            assertThat(sorgente).startsWith("./");
            montati.add(RADICE.resolve(sorgente).normalize());
        }
        assertThat(montati).containsExactly(RADICE.resolve("deploy/nginx-nodi.conf"));
        String nginx = Files.readString(montati.get(0));
        assertThat(nginx)
                .as("the balancer reaches each replica of service app on the port it exposes")
                .containsPattern("server\\s+app:8080\\b")
                .contains("ip_hash;")
                .contains("listen 8080;");
        assertThat(Files.readString(RADICE.resolve("README.md")))
                .contains("docker-compose -f docker-compose.yml -f docker-compose.nodi.yml up -d --build --scale app=");
    }

    @Test
    void dockerfile_copiaCiòCheIlContestoTieneEIlSuoJarÈQuelloCheIlBuildProduce() throws IOException {
        String dockerfile = Files.readString(RADICE.resolve("Dockerfile"));
        var ignorati = Files.readAllLines(RADICE.resolve(".dockerignore")).stream()
                .map(String::strip)
                .filter(riga -> !riga.isEmpty() && !riga.startsWith("#"))
                .toList();
        var copie = Pattern.compile("(?m)^COPY (?!--from)(\\S+) ").matcher(dockerfile);
        int copiati = 0;
        while (copie.find()) {
            String sorgente = copie.group(1);
            assertThat(RADICE.resolve(sorgente)).as("COPY " + sorgente).exists();
            assertThat(ignorati).as(sorgente + " kept in the build context").doesNotContain(sorgente);
            copiati++;
        }
        assertThat(copiati).isEqualTo(5);
        assertThat(ignorati)
                .as("no secret and no personal data sent to the daemon")
                .contains(".env", "data", "backup", "target", ".git");

        var jar = Pattern.compile("cp (target/\\S+\\.jar) ").matcher(dockerfile);
        assertThat(jar.find()).isTrue();
        var glob = FileSystems.getDefault().getPathMatcher("glob:" + jar.group(1));
        List<Path> trovati;
        try (Stream<Path> file = Files.list(RADICE.resolve("target"))) {
            trovati = file.map(RADICE::relativize).filter(glob::matches).toList();
        }
        assertThat(trovati).as(jar.group(1) + " after package").hasSize(1);
        try (var eseguibile = new ZipFile(RADICE.resolve(trovati.get(0)).toFile())) {
            assertThat(eseguibile.getEntry("BOOT-INF/classes/it/santarzenio/sil/SilApplication.class"))
                    .as("the Spring Boot executable jar, not the plain one")
                    .isNotNull();
        }
        assertThat(dockerfile)
                .contains("-DskipTests package")
                .contains("RUN sh /tmp/avvio-cds.sh /tmp/sportello-lavoro.jar /app")
                .contains("ENTRYPOINT [\"java\", \"-XX:SharedArchiveFile=/app/sportello-lavoro.jsa\", \"-jar\","
                        + " \"/app/sportello-lavoro.jar\"]")
                .contains("USER sil");
    }

    /** Compose's YAML, with its {@code !reset} tag read as an empty value of its node's kind. */
    private static Map<String, Object> yaml(String file) throws IOException {
        var costruttore = new SafeConstructor(new LoaderOptions()) {
            {
                yamlConstructors.put(new Tag("!reset"), new AbstractConstruct() {
                    @Override
                    public Object construct(Node nodo) {
                        return switch (nodo.getNodeId()) {
                            case sequence -> List.of();
                            case mapping -> Map.of();
                            default -> null;
                        };
                    }
                });
            }
        };
        try (var testo = Files.newBufferedReader(RADICE.resolve(file))) {
            return mappa(new Yaml(costruttore).load(testo));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mappa(Object valore) {
        assertThat(valore).isInstanceOf(Map.class);
        return (Map<String, Object>) valore;
    }

    private static List<Object> lista(Object valore) {
        assertThat(valore).isInstanceOf(List.class);
        return List.copyOf((List<?>) valore);
    }
}
