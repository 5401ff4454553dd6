package it.santarzenio.sil.cabina;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The reminder the service managers receive when the Cabina di Regia is late, through a real SMTP server. */
class PostinoSollecitiTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final CabinaProperties CONFIGURAZIONE =
            new CabinaProperties(Period.ofDays(15), "Sportello Lavoro <sportello.lavoro@example.org>");
    private static final List<Responsabile> RESPONSABILI = List.of(
            new Responsabile("responsabile", "francesca.romano@example.org"), new Responsabile("assessore", null));

    @Test
    void decisioneInRitardo_emailInItalianoAiResponsabiliConIndirizzo() throws Exception {
        var postino = new PostinoSolleciti(posta(SMTP.getSmtp().getPort()), CONFIGURAZIONE);

        boolean inviata = postino.invia("SIL-2026-000042", 2, Instant.parse("2026-12-14T09:30:00Z"), RESPONSABILI);

        assertThat(inviata).isTrue();
        var ricevuti = SMTP.getReceivedMessages();
        assertThat(ricevuti).hasSize(1);
        var messaggio = ricevuti[0];
        assertThat(messaggio.getSubject())
                .isEqualTo("Cabina di Regia: decisione in ritardo sulla pratica SIL-2026-000042");
        assertThat(messaggio.getRecipients(Message.RecipientType.TO))
                .extracting(Object::toString)
                .containsExactly("francesca.romano@example.org");
        assertThat((String) messaggio.getContent())
                .contains("La versione 2 della proposta progettuale della pratica SIL-2026-000042")
                .as("the deadline in Rome's time")
                .contains("entro il 14/12/2026 10:30");
    }

    @Test
    void senzaServerDiPostaOSenzaIndirizzi_nessunaEmail() {
        var senzaServer = new PostinoSolleciti(
                new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), CONFIGURAZIONE);
        var senzaIndirizzi = new PostinoSolleciti(posta(SMTP.getSmtp().getPort()), CONFIGURAZIONE);

        assertThat(senzaServer.invia("SIL-2026-000042", 1, Instant.now(), RESPONSABILI))
                .isFalse();
        assertThat(senzaIndirizzi.invia("SIL-2026-000042", 1, Instant.now(), List.of(new Responsabile("x", " "))))
                .isFalse();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void serverDiPostaIrraggiungibile_erroreCheFaRiprovareIlTimer() {
        var postino = new PostinoSolleciti(posta(1), CONFIGURAZIONE);

        assertThatThrownBy(() -> postino.invia("SIL-2026-000042", 1, Instant.now(), RESPONSABILI))
                .isInstanceOf(MailException.class);
    }

    private static org.springframework.beans.factory.ObjectProvider<JavaMailSender> posta(int porta) {
        var server = new JavaMailSenderImpl();
        server.setHost("127.0.0.1");
        server.setPort(porta);
        server.setDefaultEncoding("UTF-8");
        return new StaticListableBeanFactory(Map.of("posta", server)).getBeanProvider(JavaMailSender.class);
    }
}
