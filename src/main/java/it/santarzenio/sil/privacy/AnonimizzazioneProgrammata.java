package it.santarzenio.sil.privacy;

import it.santarzenio.sil.accesso.AccessoService;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Retention (docs/security.md §8): every night anonymises the citizens whose last contact and last closed case are
 * older than {@code sil.privacy.conservazione}. Citizens are read {@code sil.privacy.lotto} at a time by id, and each
 * is anonymised in a transaction of its own, so a refusal (a case still running in the engine) or a failure skips
 * that citizen only; the next night tries again. Several nodes may run it at once: the citizen's row is locked and
 * checked again before anything changes, so a second run finds nothing left to do (ADR 0009).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AnonimizzazioneProgrammata {

    private static final Logger log = LoggerFactory.getLogger(AnonimizzazioneProgrammata.class);
    private static final ZoneId ROMA = ZoneId.of("Europe/Rome");

    private final PrivacyService privacy;
    private final AccessoService cittadini;
    private final PrivacyProperties configurazione;
    private final Clock orologio;

    AnonimizzazioneProgrammata(
            PrivacyService privacy, AccessoService cittadini, PrivacyProperties configurazione, Clock orologio) {
        this.privacy = privacy;
        this.cittadini = cittadini;
        this.configurazione = configurazione;
        this.orologio = orologio;
    }

    record Esito(Instant limite, int anonimizzati, int saltati, int falliti) {}

    @Scheduled(cron = "${sil.privacy.cron:" + PrivacyProperties.CRON_PREDEFINITO + "}", zone = "Europe/Rome")
    void eseguiDiNotte() {
        esegui();
    }

    Esito esegui() {
        Instant limite = orologio.instant()
                .atZone(ROMA)
                .minus(configurazione.conservazione())
                .toInstant();
        int anonimizzati = 0;
        int saltati = 0;
        int falliti = 0;
        long dopo = 0;
        var lotto = cittadini.conservazioneScaduta(limite, dopo, configurazione.lotto());
        while (!lotto.isEmpty()) {
            for (Long id : lotto) {
                try {
                    if (privacy.anonimizzaPerFineConservazione(id, limite, configurazione.conservazione())) {
                        anonimizzati++;
                    } else {
                        saltati++;
                    }
                } catch (AnonimizzazioneRifiutataException e) {
                    saltati++;
                    log.info("Conservazione: cittadino {} non anonimizzato: {}", id, e.getMessage());
                } catch (RuntimeException e) {
                    falliti++;
                    log.error("Conservazione: anonimizzazione del cittadino {} non riuscita", id, e);
                }
            }
            dopo = lotto.get(lotto.size() - 1);
            lotto = cittadini.conservazioneScaduta(limite, dopo, configurazione.lotto());
        }
        var esito = new Esito(limite, anonimizzati, saltati, falliti);
        log.info(
                "Conservazione ({}): {} cittadini anonimizzati, {} saltati, {} non riusciti (ultimo contatto prima del"
                        + " {})",
                configurazione.conservazione(),
                anonimizzati,
                saltati,
                falliti,
                limite);
        return esito;
    }
}
