package it.santarzenio.sil.abbinamento.web;

/** The user is authenticated but not in a group allowed to do this: answered 403. */
class OperazioneRiservataException extends RuntimeException {

    OperazioneRiservataException(String messaggio) {
        super(messaggio);
    }
}
