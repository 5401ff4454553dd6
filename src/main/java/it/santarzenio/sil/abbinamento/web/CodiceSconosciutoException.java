package it.santarzenio.sil.abbinamento.web;

/** A CP2021 code looked up and not found: answered 404. */
class CodiceSconosciutoException extends RuntimeException {

    CodiceSconosciutoException(String codice) {
        super("Il codice CP2021 «" + codice + "» non è nella classificazione delle professioni.");
    }
}
