package it.santarzenio.sil.abbinamento;

import it.santarzenio.sil.orientamento.CompetenzeDigitali;
import it.santarzenio.sil.orientamento.TitoloStudio;
import java.util.List;

/**
 * What the partner's consultant may know of a citizen to match them: name, contacts, education, experience, skills
 * and wished occupations. Nothing else of the case (no social fragility, no cartella sociale, no notes of the desks)
 * belongs here: this record is the whole of the partner's view of the citizen.
 *
 * @param patente whether the citizen has a driving licence; null when not known
 * @param comune where the citizen looks for work; the service's comune when not said
 */
public record ProfiloAbbinamento(
        String numeroPratica,
        String nome,
        String cognome,
        String telefono,
        String email,
        TitoloStudio titoloStudio,
        String esperienzaProfessionale,
        CompetenzeDigitali competenzeDigitali,
        List<ProfessioneCp2021> professioniDesiderate,
        Boolean patente,
        String comune) {}
