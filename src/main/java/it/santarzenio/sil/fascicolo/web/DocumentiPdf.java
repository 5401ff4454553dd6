package it.santarzenio.sil.fascicolo.web;

import static it.santarzenio.sil.fascicolo.web.Etichette.di;
import static it.santarzenio.sil.fascicolo.web.Etichette.giorno;
import static it.santarzenio.sil.fascicolo.web.Etichette.giornoEOra;
import static it.santarzenio.sil.fascicolo.web.Etichette.siNo;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import it.santarzenio.sil.NomiOperatori;
import it.santarzenio.sil.agenda.AgendaService;
import it.santarzenio.sil.agenda.AppuntamentoDelCittadino;
import it.santarzenio.sil.agenda.Sportello;
import it.santarzenio.sil.agenda.StatoAppuntamento;
import it.santarzenio.sil.cabina.VersioneProposta;
import it.santarzenio.sil.fascicolo.DatiFascicolo;
import it.santarzenio.sil.fascicolo.FascicoloNonTrovatoException;
import it.santarzenio.sil.orientamento.EsitoPrimoLivello;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The documents printed for the citizen, with OpenPDF: the Comune's heading, the case, the data as label and value,
 * "Pagina n di m" at the foot of every page and, where someone signs, the space for it. Text typed by the operators is
 * written as a PDF string, never interpreted: markup reads as typed.
 */
@Component
class DocumentiPdf {

    static final String COMUNE = "Comune di Sant'Arzenio";
    static final String SERVIZIO = "Servizi Integrati per il Lavoro";

    private static final Font TITOLO_COMUNE = new Font(Font.HELVETICA, 15, Font.BOLD);
    private static final Font SOTTOTITOLO = new Font(Font.HELVETICA, 10, Font.NORMAL);
    private static final Font TITOLO = new Font(Font.HELVETICA, 13, Font.BOLD);
    private static final Font SEZIONE = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font ETICHETTA = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font TESTO = new Font(Font.HELVETICA, 10, Font.NORMAL);

    private final NomiOperatori nomi;
    private final AgendaService agenda;
    private final Clock orologio;

    DocumentiPdf(NomiOperatori nomi, AgendaService agenda, Clock orologio) {
        this.nomi = nomi;
        this.agenda = agenda;
        this.orologio = orologio;
    }

    byte[] componi(TipoDocumentoPdf tipo, DatiFascicolo dati, Integer versione) {
        var pagina = new Pagina(tipo.titolo(), dati);
        switch (tipo) {
            case SCHEDA_ACCESSO -> schedaAccesso(pagina, dati);
            case APPUNTAMENTO -> appuntamento(pagina, dati);
            case PATTO -> patto(pagina, dati);
            case PROPOSTA -> proposta(pagina, dati, versione);
            case RELAZIONE_FINALE -> relazioneFinale(pagina, dati);
        }
        return pagina.chiudi();
    }

    private void schedaAccesso(Pagina pagina, DatiFascicolo dati) {
        var accesso = dati.accesso().orElseThrow();
        pagina.cittadino(true);
        pagina.sezione("Accesso allo sportello");
        pagina.righe(
                "Data",
                giornoEOra(accesso.registratoIl()),
                "Operatore",
                nome(accesso.operatore()),
                "Bisogno espresso",
                accesso.bisognoEspresso(),
                "Richiesta",
                di(accesso.tipoRichiesta()),
                "Aderisce all'orientamento",
                siNo(accesso.aderisceOrientamento()));
        pagina.sezione("Ricevuta dell'informativa sul trattamento dei dati personali");
        pagina.testo("La persona indicata sopra dichiara di aver ricevuto il " + giorno(accesso.registratoIl())
                + " l'informativa sul trattamento dei dati personali (articoli 13 e 14 del Regolamento UE 2016/679)"
                + " del " + COMUNE + ", titolare del trattamento, per i " + SERVIZIO + ": i dati sono trattati per"
                + " il percorso di orientamento e di inserimento lavorativo, dagli operatori degli sportelli e dalla"
                + " Cabina di Regia, e conservati per il tempo stabilito dal Comune. Può chiederne l'accesso, la"
                + " rettifica e la cancellazione agli sportelli.");
        pagina.firme("Firma del cittadino per ricevuta", "Firma dell'operatore");
    }

    private void appuntamento(Pagina pagina, DatiFascicolo dati) {
        var appuntamento = prossimoAppuntamento(dati)
                .orElseThrow(() -> new FascicoloNonTrovatoException(
                        "La pratica " + dati.numeroPratica() + " non ha un appuntamento prenotato."));
        var indicazioni = agenda.indicazioni(appuntamento.sportello());
        pagina.cittadino(false);
        pagina.sezione("Appuntamento");
        pagina.righe(
                "Sportello",
                appuntamento.sportello().nome(),
                "Quando",
                giornoEOra(appuntamento.inizio()) + ", fino alle "
                        + String.format(
                                "%02d:%02d",
                                appuntamento.fine().getHour(),
                                appuntamento.fine().getMinute()),
                "Dove",
                indicazioni.indirizzo(),
                "Orario dello sportello",
                indicazioni.orario(),
                "Di cosa si parlerà",
                appuntamento.obiettivi());
        pagina.sezione("Cosa portare");
        pagina.testo(indicazioni.cosaPortare());
    }

    private void patto(Pagina pagina, DatiFascicolo dati) {
        var profilo = dati.profilo().orElseThrow();
        pagina.cittadino(true);
        pagina.sezione("Percorso concordato");
        pagina.righe(
                "Percorso",
                di(profilo.percorsoConfermato()),
                "Concordato il",
                giorno(profilo.registratoIl()),
                "Con l'operatore",
                nome(profilo.operatore()),
                "Esito del primo livello",
                di(profilo.esitoPrimoLivello()));
        pagina.sezione("Obiettivi concordati");
        pagina.testo(profilo.obiettivi());
        dati.appuntamenti().stream()
                .filter(a -> a.stato() == StatoAppuntamento.PRENOTATO
                        && a.inizio().toInstant().isAfter(profilo.registratoIl()))
                .min(Comparator.comparing(AppuntamentoDelCittadino::inizio))
                .ifPresentOrElse(
                        prossimo -> {
                            pagina.sezione("Prossimo appuntamento");
                            pagina.righe(
                                    "Sportello",
                                    prossimo.sportello().nome(),
                                    "Quando",
                                    giornoEOra(prossimo.inizio()),
                                    "Dove",
                                    agenda.indicazioni(prossimo.sportello()).indirizzo());
                        },
                        () -> prossimoPasso(pagina, profilo.esitoPrimoLivello()));
        pagina.testo("Il cittadino e lo sportello si impegnano a perseguire insieme gli obiettivi indicati; il"
                + " cittadino comunica allo sportello ogni cambiamento che li riguardi e, se non può venire a un"
                + " appuntamento, chiede di spostarlo.");
        pagina.firme("Firma del cittadino", "Firma dell'operatore");
    }

    /**
     * No appointment is booked after the goals: the model books only the informative desk's first interview. The
     * citizen takes home who will call them next, and where, instead of no word on what follows.
     */
    private void prossimoPasso(Pagina pagina, EsitoPrimoLivello esito) {
        pagina.sezione("Prossimo appuntamento");
        if (esito == EsitoPrimoLivello.INVIO_SPECIALISTICO) {
            pagina.testo("Lo " + Sportello.SPECIALISTICO.nome() + " contatterà il cittadino per fissare il primo"
                    + " appuntamento, che si terrà presso: "
                    + agenda.indicazioni(Sportello.SPECIALISTICO).indirizzo() + ".");
        } else {
            pagina.testo("Nessuno: l'orientamento di primo livello è concluso. Il cittadino può tornare allo "
                    + Sportello.INFORMATIVO.nome() + " quando ne ha bisogno.");
        }
    }

    private void proposta(Pagina pagina, DatiFascicolo dati, Integer numero) {
        VersioneProposta versione = dati.proposte().stream()
                .filter(v -> numero == null || v.versione() == numero)
                .reduce((precedente, ultima) -> ultima)
                .orElseThrow(() -> new FascicoloNonTrovatoException(
                        "La pratica " + dati.numeroPratica() + " non ha la versione " + numero + " della proposta."));
        pagina.cittadino(false);
        pagina.sezione("Proposta progettuale, versione " + versione.versione());
        pagina.righe(
                "Tipo di progetto",
                di(versione.tipoProgetto()),
                "Richiede l'abbinamento con un'offerta",
                siNo(versione.richiedeAbbinamento()),
                "Presentata il",
                giorno(versione.presentataIl()),
                "Da",
                nome(versione.presentataDa()));
        pagina.testo(versione.testo());
        pagina.sezione("Verbale della Cabina di Regia");
        if (versione.decisa()) {
            pagina.righe(
                    "Decisione",
                    di(versione.decisione()),
                    "Motivazione",
                    versione.motivazione(),
                    "Decisa il",
                    giorno(versione.decisaIl()),
                    "Da",
                    nome(versione.decisaDa()));
            pagina.firme("Per la Cabina di Regia", "Firma del cittadino per presa visione");
        } else {
            pagina.testo("La Cabina di Regia non ha ancora deciso su questa versione (decisione attesa entro il "
                    + giorno(versione.scadenza()) + ").");
        }
    }

    private void relazioneFinale(Pagina pagina, DatiFascicolo dati) {
        var progetto = dati.progetto().orElseThrow();
        var relazione = progetto.rendicontazione();
        pagina.cittadino(false);
        pagina.sezione("Progetto");
        pagina.righe(
                "Tipo di progetto",
                di(progetto.tipoProgetto()),
                "Ente ospitante",
                progetto.enteOspitante(),
                "Avviato il",
                giorno(progetto.dataAvvio()),
                "Monitoraggi svolti",
                Integer.toString(progetto.monitoraggi().size()),
                "Esito finale",
                di(relazione.esitoFinale()),
                "Relazione del",
                giorno(relazione.registrataIl()),
                "Operatore",
                nome(relazione.operatore()));
        pagina.sezione("Relazione finale");
        pagina.testo(relazione.relazioneFinale());
        pagina.firme("Firma dell'operatore", "Firma del cittadino per presa visione");
    }

    private java.util.Optional<AppuntamentoDelCittadino> prossimoAppuntamento(DatiFascicolo dati) {
        var prenotati = dati.appuntamenti().stream()
                .filter(a -> a.stato() == StatoAppuntamento.PRENOTATO)
                .max(Comparator.comparing(AppuntamentoDelCittadino::inizio));
        return prenotati.or(() -> dati.appuntamenti().stream()
                .filter(a -> a.stato() == StatoAppuntamento.SVOLTO)
                .max(Comparator.comparing(AppuntamentoDelCittadino::inizio)));
    }

    private String nome(String utente) {
        if (utente == null) {
            return null;
        }
        return nomi.nomi(List.of(utente)).getOrDefault(utente, utente);
    }

    /** One document being written: heading, sections, foot with the page numbers. */
    private final class Pagina extends PdfPageEventHelper {

        private final ByteArrayOutputStream uscita = new ByteArrayOutputStream();
        private final Document documento = new Document(PageSize.A4, 56, 56, 56, 64);
        private final DatiFascicolo dati;
        private final PdfWriter scrittore;
        private PdfTemplate totale;
        private BaseFont carattere;

        Pagina(String titolo, DatiFascicolo dati) {
            this.dati = dati;
            try {
                scrittore = PdfWriter.getInstance(documento, uscita);
                scrittore.setPageEvent(this);
                documento.addTitle(titolo + " – pratica " + dati.numeroPratica());
                documento.addAuthor(COMUNE + " – " + SERVIZIO);
                documento.addCreationDate();
                documento.open();
                var comune = new Paragraph(COMUNE, TITOLO_COMUNE);
                comune.setAlignment(Element.ALIGN_CENTER);
                documento.add(comune);
                var servizio = new Paragraph(SERVIZIO + " – Sportello Lavoro", SOTTOTITOLO);
                servizio.setAlignment(Element.ALIGN_CENTER);
                servizio.setSpacingAfter(14);
                documento.add(servizio);
                var intestazione = new Paragraph(titolo, TITOLO);
                intestazione.setSpacingAfter(4);
                documento.add(intestazione);
                documento.add(new Paragraph(
                        "Pratica n. " + dati.numeroPratica() + " – stampato il " + giorno(orologio.instant()),
                        SOTTOTITOLO));
            } catch (DocumentException e) {
                throw new IllegalStateException("PDF non componibile", e);
            }
        }

        void cittadino(boolean conContatti) {
            var c = dati.cittadino();
            sezione("Cittadino");
            var righe = new ArrayList<String>(List.of(
                    "Cognome e nome",
                    c.cognome() + " " + c.nome(),
                    "Codice fiscale",
                    c.codiceFiscale(),
                    "Data di nascita",
                    giorno(c.dataNascita())));
            if (conContatti) {
                righe.addAll(Stream.of("Telefono", c.telefono(), "E-mail", c.email())
                        .map(valore -> valore == null ? "" : valore)
                        .toList());
            }
            righe(righe.toArray(String[]::new));
        }

        void sezione(String titolo) {
            var paragrafo = new Paragraph(titolo, SEZIONE);
            paragrafo.setSpacingBefore(12);
            paragrafo.setSpacingAfter(4);
            aggiungi(paragrafo);
        }

        /** label, value, label, value...: a pair without a value is left out. */
        void righe(String... coppie) {
            var tabella = new PdfPTable(new float[] {1.1f, 2.9f});
            tabella.setWidthPercentage(100);
            for (int i = 0; i + 1 < coppie.length; i += 2) {
                if (coppie[i + 1] == null || coppie[i + 1].isBlank()) {
                    continue;
                }
                tabella.addCell(cella(coppie[i], ETICHETTA));
                tabella.addCell(cella(coppie[i + 1], TESTO));
            }
            aggiungi(tabella);
        }

        void testo(String testo) {
            if (testo == null || testo.isBlank()) {
                return;
            }
            var paragrafo = new Paragraph(testo, TESTO);
            paragrafo.setSpacingBefore(4);
            paragrafo.setLeading(13);
            aggiungi(paragrafo);
        }

        /** Two signature boxes side by side, with place and date to fill in by hand. */
        void firme(String sinistra, String destra) {
            var tabella = new PdfPTable(2);
            tabella.setWidthPercentage(100);
            tabella.setSpacingBefore(28);
            tabella.setKeepTogether(true);
            for (String chi : List.of(sinistra, destra)) {
                var cella = new PdfPCell();
                cella.setBorder(Rectangle.NO_BORDER);
                cella.setPaddingRight(18);
                cella.addElement(new Paragraph("Sant'Arzenio, ____/____/________", TESTO));
                cella.addElement(new Paragraph(chi, ETICHETTA));
                var spazio = new Paragraph(" ", TESTO);
                spazio.setSpacingBefore(30);
                cella.addElement(spazio);
                cella.addElement(new Chunk(new com.lowagie.text.pdf.draw.LineSeparator(0.6f, 100, null, 0, 0)));
                tabella.addCell(cella);
            }
            aggiungi(tabella);
        }

        byte[] chiudi() {
            documento.close();
            return uscita.toByteArray();
        }

        private PdfPCell cella(String testo, Font carattere) {
            var cella = new PdfPCell(new Phrase(testo, carattere));
            cella.setPadding(4);
            cella.setBorderColor(java.awt.Color.LIGHT_GRAY);
            return cella;
        }

        private void aggiungi(Element elemento) {
            try {
                documento.add(elemento);
            } catch (DocumentException e) {
                throw new IllegalStateException("PDF non componibile", e);
            }
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            totale = writer.getDirectContent().createTemplate(40, 12);
            try {
                carattere = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
            } catch (Exception e) {
                throw new IllegalStateException("Carattere Helvetica non disponibile", e);
            }
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte sopra = writer.getDirectContent();
            String testo =
                    COMUNE + " – pratica " + dati.numeroPratica() + " – Pagina " + writer.getPageNumber() + " di ";
            float larghezza = carattere.getWidthPoint(testo, 8);
            float x = (document.right() + document.left()) / 2 - larghezza / 2 - 6;
            float y = document.bottom() - 28;
            sopra.beginText();
            sopra.setFontAndSize(carattere, 8);
            sopra.setTextMatrix(x, y);
            sopra.showText(testo);
            sopra.endText();
            sopra.addTemplate(totale, x + larghezza, y);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            totale.beginText();
            totale.setFontAndSize(carattere, 8);
            totale.setTextMatrix(0, 0);
            // At closing the writer already counts the page that would come next.
            totale.showText(String.valueOf(writer.getPageNumber() - 1));
            totale.endText();
        }
    }
}
