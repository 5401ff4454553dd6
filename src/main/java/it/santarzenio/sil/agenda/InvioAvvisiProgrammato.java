package it.santarzenio.sil.agenda;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Looks at the outbox every {@code sil.agenda.promemoria.frequenza}, only when a mail server is configured. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
class InvioAvvisiProgrammato {

    private final PostinoAvvisi postino;

    InvioAvvisiProgrammato(PostinoAvvisi postino) {
        this.postino = postino;
    }

    @Scheduled(
            initialDelayString = "${sil.agenda.promemoria.frequenza:PT1M}",
            fixedDelayString = "${sil.agenda.promemoria.frequenza:PT1M}")
    void invia() {
        postino.inviaDovuti();
    }
}
