package it.santarzenio.sil.abbinamento;

import it.santarzenio.sil.DatiNonValidiException;
import it.santarzenio.sil.abbinamento.internal.VoceCp2021;
import it.santarzenio.sil.abbinamento.internal.VoceCp2021Repository;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ISTAT classification of occupations CP2021 (CC BY 3.0 IT). The migration loads the major groups and classes;
 * an administrator imports ISTAT's full file of the same shape ({@code codice;livello;denominazione}, UTF-8) to add
 * the deeper levels.
 */
@Service
@Transactional
public class Cp2021Service {

    static final int ERRORI_MOSTRATI = 20;
    static final int LIVELLO_CLASSE = 3;

    private final VoceCp2021Repository voci;

    Cp2021Service(VoceCp2021Repository voci) {
        this.voci = voci;
    }

    @Transactional(readOnly = true)
    public Optional<ProfessioneCp2021> professione(String codice) {
        return codice == null ? Optional.empty() : voci.findById(codice.strip()).map(Cp2021Service::vista);
    }

    @Transactional(readOnly = true)
    public Map<String, ProfessioneCp2021> professioni(Collection<String> codici) {
        return voci.findAllById(codici).stream()
                .map(Cp2021Service::vista)
                .collect(Collectors.toMap(ProfessioneCp2021::codice, Function.identity()));
    }

    /**
     * The occupations a form offers as choices ({@code label} "7.4.4 – Conduttori …", {@code value} the code): the
     * classes and, once ISTAT's full file is imported, the deeper levels, in code order.
     */
    @Transactional(readOnly = true)
    public List<Map<String, String>> scelte() {
        return voci.findAll(Sort.by("codice")).stream()
                .filter(voce -> voce.getLivello() >= LIVELLO_CLASSE)
                .map(voce ->
                        Map.of("label", voce.getCodice() + " – " + voce.getDenominazione(), "value", voce.getCodice()))
                .toList();
    }

    /**
     * Inserts or updates every line of the file. A file with any bad line changes nothing: the administrator reads
     * which lines are wrong and why, fixes the file and sends it again.
     */
    public EsitoImportazione importa(InputStream file) {
        var righe = leggi(file);
        var esistenti = voci.findAllById(righe.keySet()).stream()
                .collect(Collectors.toMap(VoceCp2021::getCodice, Function.identity()));
        int inserite = 0;
        for (var riga : righe.values()) {
            var voce = esistenti.get(riga.codice().valore());
            if (voce == null) {
                voci.save(new VoceCp2021(
                        riga.codice().valore(),
                        riga.codice().livello(),
                        riga.denominazione(),
                        riga.codice().padre()));
                inserite++;
            } else {
                voce.aggiorna(
                        riga.codice().livello(),
                        riga.denominazione(),
                        riga.codice().padre());
            }
        }
        return new EsitoImportazione(righe.size(), inserite, righe.size() - inserite);
    }

    private record Riga(int numero, CodiceCp2021 codice, String denominazione) {}

    private static Map<String, Riga> leggi(InputStream file) {
        var testo = utf8(file);
        if (!testo.isEmpty() && testo.charAt(0) == '\uFEFF') {
            testo = testo.substring(1);
        }
        var righe = new LinkedHashMap<String, Riga>();
        var errori = new ArrayList<String>();
        var linee = testo.split("\\r?\\n|\\r", -1);
        for (int i = 0; i < linee.length; i++) {
            var linea = linee[i];
            if (linea.isBlank() || (righe.isEmpty() && errori.isEmpty() && intestazione(linea))) {
                continue;
            }
            riga(i + 1, linea, righe).ifPresent(errori::add);
        }
        if (errori.isEmpty() && righe.isEmpty()) {
            errori.add("Il file non contiene alcuna professione: atteso codice;livello;denominazione per riga.");
        }
        if (!errori.isEmpty()) {
            var mostrati = new ArrayList<>(errori.subList(0, Math.min(errori.size(), ERRORI_MOSTRATI)));
            if (errori.size() > ERRORI_MOSTRATI) {
                mostrati.add("... e altre " + (errori.size() - ERRORI_MOSTRATI) + " righe non valide.");
            }
            throw new DatiNonValidiException(mostrati);
        }
        return righe;
    }

    /** Reads one line into {@code righe}; returns the Italian error when the line is bad. */
    private static Optional<String> riga(int numero, String linea, Map<String, Riga> righe) {
        var colonne = linea.split(";", 3);
        if (colonne.length < 3) {
            return Optional.of("Riga " + numero + ": attese 3 colonne separate da «;» (codice;livello;denominazione).");
        }
        var codice = senzaVirgolette(colonne[0]);
        var livello = senzaVirgolette(colonne[1]);
        var denominazione = senzaVirgolette(colonne[2]);
        if (!CodiceCp2021.valido(codice)) {
            return Optional.of("Riga " + numero + ": «" + codice + "» non è un codice CP2021 (per esempio 7.4.4).");
        }
        var cp = CodiceCp2021.of(codice);
        var atteso = CodiceCp2021.nomeLivello(cp.livello());
        if (!normalizzato(livello).equals(normalizzato(atteso)) && !livello.equals(String.valueOf(cp.livello()))) {
            return Optional.of("Riga " + numero + ": il livello «" + livello + "» non corrisponde al codice " + codice
                    + ", che è di livello " + cp.livello() + " («" + atteso + "»).");
        }
        if (denominazione.isBlank()) {
            return Optional.of("Riga " + numero + ": manca la denominazione della professione " + codice + ".");
        }
        if (denominazione.length() > 500) {
            return Optional.of("Riga " + numero + ": la denominazione supera i 500 caratteri.");
        }
        var doppia = righe.get(codice);
        if (doppia != null) {
            return Optional.of(
                    "Riga " + numero + ": il codice " + codice + " compare già alla riga " + doppia.numero() + ".");
        }
        righe.put(codice, new Riga(numero, cp, denominazione));
        return Optional.empty();
    }

    private static boolean intestazione(String linea) {
        return linea.strip().toLowerCase(Locale.ROOT).replace("\uFEFF", "").startsWith("codice;");
    }

    private static String senzaVirgolette(String campo) {
        var pulito = campo.strip();
        if (pulito.length() >= 2 && pulito.startsWith("\"") && pulito.endsWith("\"")) {
            pulito = pulito.substring(1, pulito.length() - 1)
                    .replace("\"\"", "\"")
                    .strip();
        }
        return pulito;
    }

    private static String normalizzato(String livello) {
        return livello.strip()
                .toLowerCase(Locale.ITALIAN)
                .replace("unita'", "unità")
                .replace("unita ", "unità ");
    }

    private static String utf8(InputStream file) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file.readAllBytes()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new DatiNonValidiException(
                    "Il file non è in UTF-8: salvarlo come CSV UTF-8 (codice;livello;denominazione) e riprovare.");
        } catch (IOException e) {
            throw new IllegalStateException("File CP2021 non leggibile", e);
        }
    }

    private static ProfessioneCp2021 vista(VoceCp2021 voce) {
        return new ProfessioneCp2021(voce.getCodice(), voce.getLivello(), voce.getDenominazione());
    }
}
