package it.santarzenio.sil.processo;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import it.santarzenio.sil.DatiNonValidiException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

class RifiutiNonSonoErroriTest {

    private final RifiutiNonSonoErrori filtro = new RifiutiNonSonoErrori();
    private final LoggerContext contesto = new LoggerContext();
    private final ch.qos.logback.classic.Logger motore = contesto.getLogger(RifiutiNonSonoErrori.CONTESTO_DEL_MOTORE);

    @Test
    void moduloRifiutatoOUtenteRifiutato_nonSonoErroriDelMotore() {
        var modulo = new ModuloNonValidoException(new DatiNonValidiException("Il nome è obbligatorio."));
        var rifiuto = new ProcessEngineException("listener", new AuthorizationException("Non è il tuo compito."));

        assertThat(decidi(Level.ERROR, modulo)).isEqualTo(FilterReply.DENY);
        assertThat(decidi(Level.ERROR, rifiuto)).isEqualTo(FilterReply.DENY);
    }

    @Test
    void ogniAltroErrore_restaNelLog() {
        assertThat(decidi(Level.ERROR, new ProcessEngineException("guasto del database")))
                .isEqualTo(FilterReply.NEUTRAL);
        assertThat(filtro.decide(
                        null, contesto.getLogger("altro"), Level.ERROR, "x", null, new AuthorizationException("")))
                .isEqualTo(FilterReply.NEUTRAL);
    }

    private FilterReply decidi(Level livello, Throwable errore) {
        // Camunda's logger passes the exception as the last argument of the message.
        return filtro.decide(
                null, motore, livello, "ENGINE-16004 {}", new Object[] {errore.getMessage(), errore}, null);
    }
}
