package it.santarzenio.sil.abbinamento;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CodiceCp2021Test {

    @ParameterizedTest
    @ValueSource(strings = {"7", "7.4", "7.4.4", "7.4.4.2", "7.4.4.2.1", "2.6.5.3.0", "3.4.1.2.10"})
    void codiciDaUnoACinqueLivelli_validi(String codice) {
        assertThat(CodiceCp2021.valido(codice)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "10", "7.", ".7", "7..4", "7.4.4.2.1.1", "7.a.4", "7,4,4", "7.4.123", " 7.4"})
    void codiciMalformati_rifiutati(String codice) {
        assertThat(CodiceCp2021.valido(codice)).isFalse();
        assertThatThrownBy(() -> new CodiceCp2021(codice)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void livelloEPadre_dalCodice() {
        assertThat(CodiceCp2021.of("7").livello()).isEqualTo(1);
        assertThat(CodiceCp2021.of("7").padre()).isNull();
        assertThat(CodiceCp2021.of("7.4.4").livello()).isEqualTo(3);
        assertThat(CodiceCp2021.of("7.4.4").padre()).isEqualTo("7.4");
        assertThat(CodiceCp2021.of(" 7.4.4.2.1 ").padre()).isEqualTo("7.4.4.2");
        assertThat(CodiceCp2021.nomeLivello(1)).isEqualTo("grande gruppo");
        assertThat(CodiceCp2021.nomeLivello(5)).isEqualTo("unità professionale");
    }

    @Test
    void livelliInComune_soloPerSegmentiInteri() {
        assertThat(CodiceCp2021.of("7.4.4").livelliInComune(CodiceCp2021.of("7.4.4.2.1")))
                .isEqualTo(3);
        assertThat(CodiceCp2021.of("7.4.4").livelliInComune(CodiceCp2021.of("7.4.1")))
                .isEqualTo(2);
        assertThat(CodiceCp2021.of("5.1.2").livelliInComune(CodiceCp2021.of("5.12.2")))
                .isEqualTo(1);
        assertThat(CodiceCp2021.of("5.1.2").livelliInComune(CodiceCp2021.of("8.1.2")))
                .isZero();
        assertThat(CodiceCp2021.of("7.4.4.2.1").troncato(2)).isEqualTo("7.4");
    }
}
