package it.santarzenio.sil.accesso;

import static org.assertj.core.api.Assertions.assertThat;

import it.santarzenio.sil.PostgresEmbedded;
import it.santarzenio.sil.accesso.internal.CittadinoRepository;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The search of citizens at the size of the issue, 100,000 citizens, on PostgreSQL with the domain migrations: the
 * plan uses ix_cittadino_chiave_ricerca and the answer comes in milliseconds (printed; asserted loosely, the CI machine
 * is shared). The SQL is the repository's own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RicercaCittadiniPostgresIT {

    static final int CITTADINI = 100_000;

    private Connection db;

    @BeforeAll
    void centomilaCittadini() throws Exception {
        String url = PostgresEmbedded.url("ricerca_cittadini");
        Flyway.configure()
                .dataSource(url, PostgresEmbedded.UTENTE, PostgresEmbedded.PASSWORD)
                .table("sil_schema_history")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        db = DriverManager.getConnection(url, PostgresEmbedded.UTENTE, PostgresEmbedded.PASSWORD);
        try (var sql = db.createStatement()) {
            // 5,000 surnames and 300 names, as in a town: twenty citizens share each surname.
            sql.execute(
                    "INSERT INTO cittadino (codice_fiscale, nome, cognome, data_nascita, registrato_il, aggiornato_il)"
                            + " SELECT 'CF' || lpad(i::text, 14, '0'), 'NOME' || (i % 300), 'COGNOME' || upper(substr(md5((i % 5000)::text), 1, 6)),"
                            + " DATE '1980-01-01', now(), now() FROM generate_series(1, " + CITTADINI + ") AS i");
            sql.execute("INSERT INTO cittadino_chiave_ricerca (cittadino_id, chiave)"
                    + " SELECT id, cognome FROM cittadino UNION SELECT id, nome FROM cittadino"
                    + " UNION SELECT id, codice_fiscale FROM cittadino");
            sql.execute("ANALYZE cittadino_chiave_ricerca");
            sql.execute("ANALYZE cittadino");
        }
    }

    @AfterAll
    void chiudi() throws Exception {
        db.close();
    }

    @Test
    void perCognomeEPerCognomeENome_indiceUsatoERispostaInMillisecondi() throws Exception {
        var persona = unCittadino();
        String cognome = persona.get(0);
        String nome = persona.get(1);

        long inizio = System.nanoTime();
        var soloCognome = cerca(List.of(cognome));
        long unaParola = (System.nanoTime() - inizio) / 1_000_000;
        inizio = System.nanoTime();
        var cognomeENome = cerca(List.of(cognome, nome));
        long dueParole = (System.nanoTime() - inizio) / 1_000_000;
        String piano = piano(List.of(cognome, nome));
        System.out.printf(
                "Ricerca su %d cittadini: «%s» %d trovati in %d ms; «%s %s» %d in %d ms%n%s%n",
                CITTADINI,
                cognome,
                soloCognome.size(),
                unaParola,
                cognome,
                nome,
                cognomeENome.size(),
                dueParole,
                piano);

        assertThat(soloCognome).hasSizeBetween(20, 51);
        assertThat(cognomeENome).contains(4242L).hasSizeLessThan(soloCognome.size());
        assertThat(piano).contains("ix_cittadino_chiave_ricerca").doesNotContain("Seq Scan on cittadino_chiave");
        assertThat(dueParole).isLessThan(2_000);
    }

    private List<String> unCittadino() throws Exception {
        try (var sql = db.createStatement();
                var riga = sql.executeQuery("SELECT cognome, nome FROM cittadino WHERE id = 4242")) {
            riga.next();
            return List.of(riga.getString(1), riga.getString(2));
        }
    }

    private List<Long> cerca(List<String> parole) throws Exception {
        try (var query = db.prepareStatement(posizionale(CittadinoRepository.RICERCA_PER_CHIAVI))) {
            parametri(query, parole);
            var ids = new ArrayList<Long>();
            try (var righe = query.executeQuery()) {
                while (righe.next()) {
                    ids.add(righe.getLong(1));
                }
            }
            return ids;
        }
    }

    private String piano(List<String> parole) throws Exception {
        try (var query =
                db.prepareStatement("EXPLAIN ANALYZE " + posizionale(CittadinoRepository.RICERCA_PER_CHIAVI))) {
            parametri(query, parole);
            var piano = new StringBuilder();
            try (var righe = query.executeQuery()) {
                while (righe.next()) {
                    piano.append(righe.getString(1)).append('\n');
                }
            }
            return piano.toString();
        }
    }

    private static void parametri(java.sql.PreparedStatement query, List<String> parole) throws Exception {
        for (int i = 0; i < 3; i++) {
            String parola = parole.get(Math.min(i, parole.size() - 1));
            query.setString(2 * i + 1, parola);
            query.setString(2 * i + 2, ChiaviRicerca.finePrefisso(parola));
        }
        query.setInt(7, 51);
    }

    /** The repository's named parameters (:da1, :a1, … :quanti, in this order) as JDBC's question marks. */
    private static String posizionale(String sql) {
        return sql.replaceAll(":[a-z]+\\d?", "?");
    }
}
