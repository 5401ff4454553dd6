package it.santarzenio.sil.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import it.santarzenio.sil.agenda.internal.Appuntamento;
import it.santarzenio.sil.agenda.internal.AvvisoEmailRepository;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSender;

@ExtendWith(OutputCaptureExtension.class)
class CodaAvvisiTest {

    @Test
    void senzaServerSmtp_unAvvisoNelLogENessunaEmailInCoda(CapturedOutput log) {
        var avvisi = mock(AvvisoEmailRepository.class);
        var coda = new CodaAvvisi(
                avvisi, new AgendaProperties(), new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class));
        Instant adesso = Instant.parse("2026-11-30T08:00:00Z");

        coda.segnalaSeSpenti();
        coda.prenotato(
                new Appuntamento(
                        "SIL-2026-000042",
                        7L,
                        Sportello.INFORMATIVO,
                        Instant.parse("2026-12-07T09:30:00Z"),
                        Instant.parse("2026-12-07T10:00:00Z"),
                        "informativo",
                        null,
                        "lucia.esposito@example.org",
                        "uid",
                        0,
                        adesso),
                adesso);

        verifyNoInteractions(avvisi);
        assertThat(log.getOut())
                .containsOnlyOnce("Promemoria e-mail ai cittadini disattivati: nessun server SMTP configurato"
                        + " (spring.mail.host).");
    }
}
