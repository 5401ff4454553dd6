package it.santarzenio.sil;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void markupDigitato_restaLetterale() {
        assertThat(Markdown.letterale("<img src=x onerror=alert(1)> **forte** [link](http://x.it)"))
                .isEqualTo("\\<img src\\=x onerror\\=alert\\(1\\)\\> \\*\\*forte\\*\\* \\[link\\]\\(http\\://x.it\\)");
    }

    @Test
    void testoSemplice_invariato_eAcapoDiventaSpazio() {
        assertThat(Markdown.letterale("Serve il patentino per il muletto.\nDa riproporre"))
                .isEqualTo("Serve il patentino per il muletto. Da riproporre");
        assertThat(Markdown.letterale(null)).isEmpty();
    }
}
