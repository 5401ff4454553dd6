package it.santarzenio.sil.privacy;

import static it.santarzenio.sil.accesso.CodiciFiscaliDiProva.nuovoCodiceFiscale;
import static org.assertj.core.api.Assertions.assertThat;

import it.santarzenio.sil.OrologioRegolabile;
import it.santarzenio.sil.PostgresEmbedded;
import it.santarzenio.sil.accesso.AccessoService;
import it.santarzenio.sil.accesso.EsitoPercorso;
import it.santarzenio.sil.accesso.RispostaRichiesta;
import it.santarzenio.sil.accesso.SchedaAccesso;
import it.santarzenio.sil.accesso.TipoRichiesta;
import it.santarzenio.sil.specialistico.CartellaSocialeService;
import it.santarzenio.sil.specialistico.NuovaNota;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestConstructor;
import org.springframework.test.context.TestConstructor.AutowireMode;

/**
 * The retention job on PostgreSQL, in an application of its own (own database, so no other test's citizens count)
 * whose clock the test moves across the years; one citizen is read at a time, so paging is exercised too.
 */
@SpringBootTest(
        properties = {
            "spring.main.register-shutdown-hook=false",
            "camunda.bpm.generate-unique-process-engine-name=true",
            "sil.privacy.lotto=1"
        })
@ContextConfiguration(initializers = AnonimizzazioneProgrammataIT.DatabaseProprio.class)
@TestConstructor(autowireMode = AutowireMode.ALL)
class AnonimizzazioneProgrammataIT {

    private final AnonimizzazioneProgrammata job;
    private final AccessoService accessi;
    private final CartellaSocialeService cartelle;
    private final OrologioRegolabile orologio;
    private final JdbcTemplate jdbc;
    private final ScheduledTaskHolder programmati;

    AnonimizzazioneProgrammataIT(
            AnonimizzazioneProgrammata job,
            AccessoService accessi,
            CartellaSocialeService cartelle,
            OrologioRegolabile orologio,
            JdbcTemplate jdbc,
            ScheduledTaskHolder programmati) {
        this.job = job;
        this.accessi = accessi;
        this.cartelle = cartelle;
        this.orologio = orologio;
        this.jdbc = jdbc;
        this.programmati = programmati;
    }

    @Test
    void chiusiDaPiuDiDieciAnni_anonimizzatiDaSistema_recentiApertiETornatiNo_eUnaSecondaEsecuzioneNonRifaNulla() {
        orologio.imposta(LocalDateTime.of(2014, 1, 13, 10, 0));
        var chiusoNel2014 = percorsoChiuso(nuovoCodiceFiscale());
        cartelle.aggiungiNota(
                chiusoNel2014.pratica(), new NuovaNota("Situazione familiare difficile."), "specialistico");
        var tornatoNel2020 = percorsoChiuso(nuovoCodiceFiscale());
        var richiestaInSospeso = registra(nuovoCodiceFiscale(), TipoRichiesta.RISOLVIBILE);
        orologio.imposta(LocalDateTime.of(2015, 3, 2, 10, 0));
        var ancoraAperto = registra(nuovoCodiceFiscale(), TipoRichiesta.PERCORSO);
        accessi.apriSchedaUtente(ancoraAperto.pratica(), ancoraAperto.id(), "informativo");
        orologio.imposta(LocalDateTime.of(2020, 6, 8, 11, 0));
        var chiusoNel2020 = percorsoChiuso(nuovoCodiceFiscale());
        var ritorno = registra(tornatoNel2020.codice(), TipoRichiesta.RISOLVIBILE);
        accessi.evadi(ritorno.accessoId(), new RispostaRichiesta("Indirizzo del centro per l'impiego."));

        orologio.imposta(LocalDateTime.of(2026, 11, 30, 2, 30));
        var esito = job.esegui();

        assertThat(esito.anonimizzati()).isEqualTo(1);
        assertThat(esito.limite())
                .isEqualTo(LocalDateTime.of(2016, 11, 30, 2, 30)
                        .atZone(OrologioRegolabile.ROMA)
                        .toInstant());
        assertThat(nome(chiusoNel2014)).isEqualTo("ANONIMIZZATO");
        assertThat(codiceFiscale(chiusoNel2014)).startsWith("ANONIMO");
        assertThat(jdbc.queryForObject(
                        "select testo from nota_cartella where numero_pratica = ?",
                        String.class,
                        chiusoNel2014.pratica()))
                .as("the modules' data go too")
                .isEqualTo("ANONIMIZZATO");
        assertThat(jdbc.queryForList(
                        "select utente || ' ' || dettaglio from evento_audit where azione = 'ANONIMIZZAZIONE'"
                                + " and cittadino_id = ?",
                        String.class,
                        chiusoNel2014.id()))
                .singleElement()
                .asString()
                .startsWith("sistema anonimizzazione per fine del periodo di conservazione (P10Y)");
        assertThat(nome(chiusoNel2020)).as("closed in 2020").isEqualTo("Lucia");
        assertThat(nome(ancoraAperto)).as("open path since 2015").isEqualTo("Lucia");
        assertThat(nome(richiestaInSospeso)).as("quick request never answered").isEqualTo("Lucia");
        assertThat(nome(tornatoNel2020)).as("closed in 2014, came back in 2020").isEqualTo("Lucia");

        assertThat(job.esegui().anonimizzati()).as("second run").isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from evento_audit where azione = 'ANONIMIZZAZIONE' and cittadino_id = ?",
                        Long.class,
                        chiusoNel2014.id()))
                .isOne();

        orologio.imposta(LocalDateTime.of(2030, 6, 9, 2, 30));
        assertThat(job.esegui().anonimizzati()).isEqualTo(2);
        assertThat(nome(chiusoNel2020)).isEqualTo("ANONIMIZZATO");
        assertThat(nome(tornatoNel2020)).isEqualTo("ANONIMIZZATO");
        assertThat(nome(ancoraAperto)).isEqualTo("Lucia");
        assertThat(nome(richiestaInSospeso)).isEqualTo("Lucia");
    }

    @Test
    void programmazione_ogniNotteAlle0230() {
        assertThat(programmati.getScheduledTasks())
                .map(programmato -> programmato.getTask())
                .filteredOn(compito -> compito.toString().contains("eseguiDiNotte"))
                .singleElement()
                .isInstanceOfSatisfying(
                        CronTask.class, cron -> assertThat(cron.getExpression()).isEqualTo("0 30 2 * * *"));
    }

    private record Cittadino(Long id, String codice, String pratica, Long accessoId) {}

    private Cittadino registra(String codice, TipoRichiesta tipo) {
        String pratica = accessi.nuovoNumeroPratica();
        var registrato = accessi.registra(
                new SchedaAccesso(
                        codice,
                        "Lucia",
                        "Esposito",
                        LocalDate.of(1988, 4, 21),
                        null,
                        null,
                        true,
                        "Cerca lavoro.",
                        tipo,
                        tipo == TipoRichiesta.PERCORSO ? Boolean.TRUE : null,
                        null),
                pratica,
                "informativo");
        return new Cittadino(registrato.cittadinoId(), codice, pratica, registrato.accessoId());
    }

    private Cittadino percorsoChiuso(String codice) {
        var cittadino = registra(codice, TipoRichiesta.PERCORSO);
        accessi.apriSchedaUtente(cittadino.pratica(), cittadino.id(), "informativo");
        accessi.chiudiPercorso(cittadino.pratica(), EsitoPercorso.ORIENTAMENTO_CONCLUSO);
        return cittadino;
    }

    private String nome(Cittadino cittadino) {
        return jdbc.queryForObject("select nome from cittadino where id = ?", String.class, cittadino.id());
    }

    private String codiceFiscale(Cittadino cittadino) {
        return jdbc.queryForObject("select codice_fiscale from cittadino where id = ?", String.class, cittadino.id());
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Orologio {

        @Bean
        @Primary
        OrologioRegolabile orologioDiProva() {
            return new OrologioRegolabile(LocalDateTime.of(2014, 1, 13, 10, 0));
        }
    }

    static class DatabaseProprio implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext contesto) {
            TestPropertyValues.of(
                            "spring.datasource.url=" + PostgresEmbedded.url("sil_conservazione"),
                            "spring.datasource.username=" + PostgresEmbedded.UTENTE,
                            "spring.datasource.password=" + PostgresEmbedded.PASSWORD)
                    .applyTo(contesto);
        }
    }
}
