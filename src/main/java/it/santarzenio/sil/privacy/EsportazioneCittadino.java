package it.santarzenio.sil.privacy;

import it.santarzenio.sil.accesso.DatiCittadino;
import it.santarzenio.sil.agenda.AppuntamentoDelCittadino;
import it.santarzenio.sil.orientamento.DatiOrientamento;
import java.time.Instant;
import java.util.List;

/** Everything the service holds about one citizen, as the data subject receives it. */
public record EsportazioneCittadino(
        Instant esportatoIl,
        String esportatoDa,
        DatiCittadino cittadino,
        DatiOrientamento orientamento,
        List<AppuntamentoDelCittadino> appuntamenti) {}
