package it.santarzenio.sil.cabina;

/** A service manager to remind of an overdue decision; {@code email} may be missing. */
public record Responsabile(String utente, String email) {

    public boolean raggiungibile() {
        return email != null && !email.isBlank();
    }

    @Override
    public String toString() {
        return raggiungibile() ? utente + " <" + email + ">" : utente;
    }
}
