package it.santarzenio.sil.accesso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CodiceFiscaleTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "RSSMRA85T10A562S", // Mario Rossi, 10 Dec 1985, Assisi
                "BNCLRA90A41H501F", // a woman: day + 40
                "VRDGPP80E15F205T",
                "RSSMRA85T10A56NH", // omocodia: last digit of the town code replaced by N
                "RSSMRA85T10A5MNN", // omocodia on two digits
                "rssmra85t10a562s", // typed in lower case
                " RSSMRA85 T10A562S ", // with spaces
                "12345678903" // provisional 11-digit code with a valid check digit
            })
    void codiceValido_accettatoENormalizzato(String codice) {
        assertThat(CodiceFiscale.errore(codice)).isEmpty();
        assertThat(CodiceFiscale.of(codice).valore())
                .isEqualTo(codice.replace(" ", "").toUpperCase());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "RSSMRA85T10A562X", // wrong check character
                "RSSMRA85T10A56NS", // omocodia without recomputing the check character
                "RSSMRA85T10A562", // 15 characters
                "RSSMRA85Z10A562S", // no month Z
                "RSSMRA85T35A562S", // day 35 does not exist
                "12345678901", // provisional code, wrong check digit
                "RSSMRA85T1OA562S", // letter O instead of zero in the day
                ""
            })
    void codiceNonValido_rifiutatoConMessaggioItaliano(String codice) {
        assertThat(CodiceFiscale.errore(codice))
                .hasValueSatisfying(messaggio -> assertThat(messaggio).containsIgnoringCase("codice fiscale"));
        assertThatThrownBy(() -> CodiceFiscale.of(codice)).isInstanceOf(IllegalArgumentException.class);
    }
}
