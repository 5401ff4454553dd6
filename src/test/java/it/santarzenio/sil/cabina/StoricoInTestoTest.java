package it.santarzenio.sil.cabina;

import static org.assertj.core.api.Assertions.assertThat;

import it.santarzenio.sil.specialistico.TipoProgetto;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The history of a proposal is Markdown for a form's text component; what the operators typed stays text. */
class StoricoInTestoTest {

    private static final Instant IERI = Instant.parse("2026-11-26T09:30:00Z");

    @Test
    void markupDegliOperatori_escapatoInOgniRigaDellaCitazione() {
        var versione = new VersioneProposta(
                1,
                "Tirocinio <img src=x onerror=alert(1)>\n**sei mesi** [qui](https://esempio.it) # titolo",
                TipoProgetto.TIROCINIO,
                false,
                "specialistico",
                IERI,
                IERI,
                DecisioneCabina.DA_RIVEDERE,
                "<script>window.__xss=1</script> & altro",
                "cabina",
                IERI,
                0,
                null);

        String storico = StoricoInTesto.markdown(List.of(versione));

        assertThat(storico)
                .contains("**Versione 1** presentata da specialistico il 26/11/2026 10:30")
                .contains("> Tirocinio \\<img src\\=x onerror\\=alert\\(1\\)\\>")
                .contains("> \\*\\*sei mesi\\*\\* \\[qui\\]\\(https\\://esempio.it\\) \\# titolo")
                .contains("Decisione: **da rivedere**")
                .contains("> \\<script\\>window.\\_\\_xss\\=1\\</script\\> \\& altro")
                .as("every < and [ of the operators' text escaped")
                .doesNotContainPattern("(?<!\\\\)[<\\[]");
    }

    @Test
    void testoSenzaMarkup_invariato() {
        assertThat(StoricoInTesto.testo("Corso di informatica di base, 80 ore."))
                .isEqualTo("Corso di informatica di base, 80 ore.");
    }
}
