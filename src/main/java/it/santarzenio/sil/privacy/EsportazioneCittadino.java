package it.santarzenio.sil.privacy;

import it.santarzenio.sil.abbinamento.DatiAbbinamento;
import it.santarzenio.sil.accesso.DatiCittadino;
import it.santarzenio.sil.agenda.AppuntamentoDelCittadino;
import it.santarzenio.sil.cabina.ProposteDellaPratica;
import it.santarzenio.sil.orientamento.DatiOrientamento;
import it.santarzenio.sil.specialistico.DatiCartellaSociale;
import it.santarzenio.sil.specialistico.DatiSpecialistici;
import java.time.Instant;
import java.util.List;

/**
 * Everything the service holds about one citizen, as the data subject receives it: Fase I (accoglienza,
 * orientation, appointments), Fase II (journal, projects with monitoring and reports), the Cabina di Regia's
 * proposals and decisions, the cartelle sociali with their documents, and matching (wished occupations, referrals).
 */
public record EsportazioneCittadino(
        Instant esportatoIl,
        String esportatoDa,
        DatiCittadino cittadino,
        DatiOrientamento orientamento,
        List<AppuntamentoDelCittadino> appuntamenti,
        DatiSpecialistici specialistico,
        List<ProposteDellaPratica> proposte,
        List<DatiCartellaSociale> cartelleSociali,
        List<DatiAbbinamento> abbinamento) {}
