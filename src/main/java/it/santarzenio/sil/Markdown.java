package it.santarzenio.sil;

/**
 * Text typed by a person, quoted inside the Markdown of a Camunda Form text component, which renders Markdown and HTML:
 * a backslash makes any ASCII punctuation literal (form-js uses marked), so a typed tag, link or emphasis shows as the
 * characters typed. Two characters instead of an entity's five keep a variable within the engine's 4000 characters
 * for longer.
 */
public final class Markdown {

    /** Characters that start Markdown or HTML (tags, entities, emphasis, links, bare URLs, headings, lists). */
    private static final String MARKUP = "\\`*_~[]()<>&#+-!|:{}=";

    private Markdown() {}

    /** One line of typed text, made literal; line breaks become spaces, so that it stays within its list item. */
    public static String letterale(String testo) {
        if (testo == null) {
            return "";
        }
        var letterale = new StringBuilder(testo.length() + 16);
        testo.chars().forEach(carattere -> {
            if (carattere == '\n' || carattere == '\r') {
                letterale.append(' ');
                return;
            }
            if (MARKUP.indexOf(carattere) >= 0) {
                letterale.append('\\');
            }
            letterale.append((char) carattere);
        });
        return letterale.toString();
    }
}
