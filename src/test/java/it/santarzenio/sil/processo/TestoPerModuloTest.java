package it.santarzenio.sil.processo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TestoPerModuloTest {

    @Test
    void testoEntroIlLimite_restaComE() {
        var testo = "- riga\n".repeat(500);

        assertThat(TestoPerModulo.entroIlLimite(testo)).isSameAs(testo);
        assertThat(TestoPerModulo.entroIlLimite(null)).isNull();
    }

    @Test
    void testoOltreIlLimite_finisceAUnaRigaInteraConLAvviso() {
        var riga = "- 27/11/2026 n. 12 Addetto al magazzino (Logistica Srl): non selezionato - motivo\n";
        var testo = riga.repeat(100);

        var troncato = TestoPerModulo.entroIlLimite(testo);

        assertThat(troncato).hasSizeLessThanOrEqualTo(TestoPerModulo.MASSIMO).endsWith(TestoPerModulo.TRONCATO);
        assertThat(troncato.substring(0, troncato.length() - TestoPerModulo.TRONCATO.length()))
                .as("whole lines only")
                .endsWith("motivo");
    }

    @Test
    void unaSolaRigaLunghissima_tagliataAlLimite() {
        var troncato = TestoPerModulo.entroIlLimite("x".repeat(10_000));

        assertThat(troncato).hasSize(TestoPerModulo.MASSIMO).endsWith(TestoPerModulo.TRONCATO);
    }
}
