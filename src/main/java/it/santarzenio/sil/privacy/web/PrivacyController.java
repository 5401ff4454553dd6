package it.santarzenio.sil.privacy.web;

import it.santarzenio.sil.DatiNonValidiException;
import it.santarzenio.sil.accesso.AccessoService;
import it.santarzenio.sil.audit.AuditService;
import it.santarzenio.sil.audit.EventoAudit;
import it.santarzenio.sil.privacy.EsportazioneCittadino;
import it.santarzenio.sil.privacy.PrivacyService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/cittadini/{codiceFiscale}/export}, {@code POST /api/cittadini/{codiceFiscale}/anonimizza} and
 * {@code GET /api/audit}. Who may call which is decided in SicurezzaWebConfig (docs/security.md).
 */
@RestController
class PrivacyController {

    private static final ZoneId ROMA = ZoneId.of("Europe/Rome");

    private final PrivacyService privacy;
    private final AccessoService accessi;
    private final AuditService audit;
    private final Clock orologio;

    PrivacyController(PrivacyService privacy, AccessoService accessi, AuditService audit, Clock orologio) {
        this.privacy = privacy;
        this.accessi = accessi;
        this.audit = audit;
        this.orologio = orologio;
    }

    @GetMapping("/api/cittadini/{codiceFiscale}/export")
    EsportazioneCittadino esporta(@PathVariable String codiceFiscale, Authentication utente) {
        return privacy.esporta(codiceFiscale, utente.getName());
    }

    @PostMapping("/api/cittadini/{codiceFiscale}/anonimizza")
    ResponseEntity<Void> anonimizza(@PathVariable String codiceFiscale, Authentication utente) {
        privacy.anonimizza(codiceFiscale, utente.getName());
        return ResponseEntity.noContent().build();
    }

    /**
     * The audit trail from {@code dal} to {@code al} included (days in Europe/Rome; default the last 30 days),
     * optionally of one user and of one citizen (by codice fiscale, or by id once anonymised).
     */
    @GetMapping("/api/audit")
    List<EventoAudit> audit(
            @RequestParam(required = false) String dal,
            @RequestParam(required = false) String al,
            @RequestParam(required = false) String utente,
            @RequestParam(required = false) String cittadino,
            @RequestParam(required = false) Long cittadinoId) {
        LocalDate fine = al == null ? LocalDate.now(orologio.withZone(ROMA)) : data("al", al);
        LocalDate inizio = dal == null ? fine.minusDays(30) : data("dal", dal);
        if (fine.isBefore(inizio)) {
            throw new DatiNonValidiException(
                    "Il giorno 'al' (" + fine + ") viene prima del giorno 'dal' (" + inizio + ").");
        }
        Long id = cittadinoId;
        if (cittadino != null && !cittadino.isBlank()) {
            id = accessi.idCittadino(cittadino).orElse(-1L);
        }
        return audit.cerca(
                inizio.atStartOfDay(ROMA).toInstant(),
                fine.plusDays(1).atStartOfDay(ROMA).toInstant(),
                utente == null || utente.isBlank() ? null : utente.strip(),
                id);
    }

    private static LocalDate data(String nome, String valore) {
        try {
            return LocalDate.parse(valore.strip());
        } catch (DateTimeParseException e) {
            throw new DatiNonValidiException(
                    "Il giorno '" + nome + "' deve essere una data nella forma 2026-12-07, non '" + valore + "'.");
        }
    }
}
