package it.santarzenio.sil.specialistico.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The kinds of document the cartella sociale keeps. The declared content type must be one of them and the first
 * bytes must agree with it, so that an executable renamed ".pdf" is refused.
 */
public enum TipoDocumento {
    PDF("application/pdf", "PDF", contenuto -> inizia(contenuto, "%PDF-".getBytes(StandardCharsets.US_ASCII))),
    JPEG("image/jpeg", "JPEG", contenuto -> inizia(contenuto, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})),
    PNG(
            "image/png",
            "PNG",
            contenuto -> inizia(contenuto, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})),
    TESTO("text/plain", "testo", TipoDocumento::testuale),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX", TipoDocumento::zip),
    ODT("application/vnd.oasis.opendocument.text", "ODT", TipoDocumento::zip);

    private final String tipoContenuto;
    private final String nome;
    private final Predicate<byte[]> firma;

    TipoDocumento(String tipoContenuto, String nome, Predicate<byte[]> firma) {
        this.tipoContenuto = tipoContenuto;
        this.nome = nome;
        this.firma = firma;
    }

    /** The kind of a declared content type, parameters ("; charset=...") and case ignored. */
    public static Optional<TipoDocumento> di(String dichiarato) {
        if (dichiarato == null) {
            return Optional.empty();
        }
        String essenziale = dichiarato.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(tipo -> tipo.tipoContenuto.equals(essenziale))
                .findFirst();
    }

    public static String ammessi() {
        return Arrays.stream(values()).map(tipo -> tipo.nome).collect(Collectors.joining(", "));
    }

    public boolean riconosce(byte[] contenuto) {
        return firma.test(contenuto);
    }

    public String tipoContenuto() {
        return tipoContenuto;
    }

    public String nome() {
        return nome;
    }

    private static boolean inizia(byte[] contenuto, byte[] prefisso) {
        return contenuto.length >= prefisso.length
                && Arrays.equals(Arrays.copyOf(contenuto, prefisso.length), prefisso);
    }

    private static boolean zip(byte[] contenuto) {
        return inizia(contenuto, new byte[] {'P', 'K', 3, 4});
    }

    private static boolean testuale(byte[] contenuto) {
        for (int i = 0; i < Math.min(contenuto.length, 8192); i++) {
            if (contenuto[i] == 0) {
                return false;
            }
        }
        return true;
    }
}
