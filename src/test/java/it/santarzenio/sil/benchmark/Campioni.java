package it.santarzenio.sil.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Latencies in milliseconds of one measured request; percentiles by nearest rank. */
final class Campioni {

    private final List<Double> millis = new ArrayList<>();
    private int errori;
    private String primoErrore;

    synchronized void aggiungi(double valore) {
        millis.add(valore);
    }

    synchronized void errore(Rest.Risposta risposta) {
        errori++;
        if (primoErrore == null) {
            String corpo = risposta.corpo() == null ? "" : risposta.corpo();
            primoErrore = "HTTP " + risposta.stato() + " " + corpo.substring(0, Math.min(200, corpo.length()));
        }
    }

    synchronized int numero() {
        return millis.size();
    }

    synchronized int errori() {
        return errori;
    }

    synchronized String primoErrore() {
        return primoErrore;
    }

    synchronized double percentile(double p) {
        if (millis.isEmpty()) {
            return Double.NaN;
        }
        var ordinati = new ArrayList<>(millis);
        Collections.sort(ordinati);
        int rango = (int) Math.ceil(p / 100.0 * ordinati.size());
        return ordinati.get(Math.max(0, rango - 1));
    }

    synchronized double somma() {
        return millis.stream().mapToDouble(Double::doubleValue).sum();
    }
}
