package it.santarzenio.sil.processo;

import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code sil.privacy.variabili-riservate}: process variables whose values the engine never writes to its history
 * (variables, form details, decision inputs) and that leave the case once the profiling decision has read them. Their
 * home is the domain table of the module that records them, behind the application's checks (ADR 0008).
 *
 * <p>Default: social fragility and the free-text work history of the assessment interview.
 */
@ConfigurationProperties("sil.privacy")
record VariabiliRiservate(
        @DefaultValue({Variabili.FRAGILITA_SOCIALE, Variabili.STORIA_PROFESSIONALE}) List<String> variabiliRiservate) {

    Set<String> nomi() {
        return Set.copyOf(variabiliRiservate);
    }
}
