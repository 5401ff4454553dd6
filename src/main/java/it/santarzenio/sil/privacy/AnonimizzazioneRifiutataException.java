package it.santarzenio.sil.privacy;

/** The citizen still has an open case: anonymising now would break it. The message is for the administrator. */
public class AnonimizzazioneRifiutataException extends RuntimeException {

    public AnonimizzazioneRifiutataException(String messaggio) {
        super(messaggio);
    }
}
