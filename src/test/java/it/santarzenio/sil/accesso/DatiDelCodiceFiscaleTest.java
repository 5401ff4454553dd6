package it.santarzenio.sil.accesso;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatiDelCodiceFiscaleTest {

    @ParameterizedTest(name = "{0} {1} {2} {3}: {4}")
    @CsvSource({
        "Rossi,    Mario,    1985-12-10, M, RSSMRA85T10A562S",
        // omocodia: the digits of the town code, and of the day, replaced by letters
        "Rossi,    Mario,    1985-12-10, M, RSSMRA85T10A56NH",
        "Bianchi,  Laura,    1990-01-01, F, BNCLRA90A41H501F",
        "Verdi,    Giuseppe, 1980-05-15, M, VRDGPP80E15F205T",
        // a short name, four consonants (1st, 3rd and 4th), an apostrophe, an accent
        "Fo,       Ugo,      1926-03-24, M, FOXGUO26C24F205U",
        "Esposito, Gianfranco, 1970-01-01, M, SPSGFR70A01F839V",
        "D'Amico,  Niccolò,  1999-07-07, M, DMCNCL99L07H501I"
    })
    void datiCheCorrispondono_nessunaIncongruenza(
            String cognome, String nome, LocalDate nascita, Sesso sesso, String codice) {
        String primi15 = codice.substring(0, 15);
        String valido = primi15 + CodiceFiscale.carattereDiControllo(primi15);

        assertThat(DatiDelCodiceFiscale.incongruenze(valido, cognome, nome, nascita, sesso))
                .isEmpty();
        assertThat(DatiDelCodiceFiscale.incongruenze(valido, cognome, nome, nascita, null))
                .isEmpty();
    }

    @Test
    void omocodiaNelGiorno_decodificata() {
        // The day's second digit written as a letter: M stands for 1, so "1M" is the 11th.
        String primi15 = "RSSMRA85T1MA562";
        String codice = primi15 + CodiceFiscale.carattereDiControllo(primi15);

        assertThat(DatiDelCodiceFiscale.incongruenze(codice, "Rossi", "Mario", LocalDate.of(1985, 12, 11), Sesso.M))
                .isEmpty();
    }

    @Test
    void ogniParteDiscordante_nominataNelMessaggio() {
        String codice = "RSSMRA85T10A562S";

        assertThat(DatiDelCodiceFiscale.incongruenze(codice, "Bianco", "Anna", LocalDate.of(1984, 11, 12), Sesso.F))
                .containsExactly(
                        "Il codice fiscale RSSMRA85T10A562S non corrisponde al cognome «Bianco»: le prime tre lettere"
                                + " dovrebbero essere BNC, nel codice sono RSS.",
                        "Il codice fiscale RSSMRA85T10A562S non corrisponde al nome «Anna»: le lettere dalla quarta"
                                + " alla sesta dovrebbero essere NNA, nel codice sono MRA.",
                        "Il codice fiscale RSSMRA85T10A562S non corrisponde all'anno di nascita (12/11/1984): nel"
                                + " codice l'anno è 85, dovrebbe essere 84.",
                        "Il codice fiscale RSSMRA85T10A562S non corrisponde al mese di nascita (12/11/1984): la"
                                + " lettera del mese dovrebbe essere S, nel codice è T.",
                        "Il codice fiscale RSSMRA85T10A562S non corrisponde al giorno di nascita (12/11/1984): nel"
                                + " codice il giorno è 10.");
    }

    @Test
    void sessoDiverso_dettoConIlMotivo() {
        assertThat(DatiDelCodiceFiscale.incongruenze(
                        "RSSMRA85T10A562S", "Rossi", "Mario", LocalDate.of(1985, 12, 10), Sesso.F))
                .singleElement()
                .asString()
                .contains("non corrisponde al sesso indicato (femmina)")
                .contains("senza l'aumento di 40 delle donne");
    }

    @Test
    void comuneDiNascitaDiverso_nonRifiutato() {
        // Born abroad (Z...) or in a merged comune: the town code is not checked.
        for (String comune : new String[] {"Z112", "A562", "M297"}) {
            String primi15 = "RSSMRA85T10" + comune;
            String codice = primi15 + CodiceFiscale.carattereDiControllo(primi15);
            assertThat(DatiDelCodiceFiscale.incongruenze(codice, "Rossi", "Mario", LocalDate.of(1985, 12, 10), Sesso.M))
                    .as(codice)
                    .isEmpty();
        }
    }

    @Test
    void codiceProvvisorio_nessunControlloAnagrafico() {
        assertThat(DatiDelCodiceFiscale.incongruenze(
                        "12345678903", "Rossi", "Mario", LocalDate.of(1985, 12, 10), Sesso.M))
                .isEmpty();
    }
}
