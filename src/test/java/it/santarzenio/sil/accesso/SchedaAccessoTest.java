package it.santarzenio.sil.accesso;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Names are shown in the heading of every task's form, which renders Markdown: they hold letters, not markup. */
class SchedaAccessoTest {

    private static final ValidatorFactory FABBRICA = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATORE = FABBRICA.getValidator();

    @AfterAll
    static void chiudi() {
        FABBRICA.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Maria Grazia", "D'Amico", "D’Angelo", "De Santis-Rossi", "Nguyễn", "Müller", "J. R."})
    void nomiVeri_ammessi(String nome) {
        assertThat(VALIDATORE.validate(scheda(nome, nome))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"<img src=x onerror=alert(1)>", "**Mario**", "[Mario](https://esempio.it)", "Mario2"})
    void markupOCifre_rifiutatiConMessaggioItaliano(String nome) {
        assertThat(VALIDATORE.validate(scheda(nome, "Rossi")))
                .extracting(ConstraintViolation::getMessage)
                .containsExactly("Il nome può contenere solo lettere, spazi, apostrofi, punti e trattini.");
        assertThat(VALIDATORE.validate(scheda("Mario", nome)))
                .extracting(ConstraintViolation::getMessage)
                .containsExactly("Il cognome può contenere solo lettere, spazi, apostrofi, punti e trattini.");
    }

    @Test
    void nomeVuoto_soloIlMessaggioDiObbligatorieta() {
        assertThat(VALIDATORE.validate(scheda("", "Rossi")))
                .extracting(ConstraintViolation::getMessage)
                .containsExactly("Il nome è obbligatorio.");
    }

    private static SchedaAccesso scheda(String nome, String cognome) {
        return new SchedaAccesso(
                CodiciFiscaliDiProva.nuovoCodiceFiscale(),
                nome,
                cognome,
                LocalDate.of(1985, 12, 10),
                null,
                null,
                true,
                "Cerca lavoro.",
                TipoRichiesta.PERCORSO,
                true,
                null);
    }
}
