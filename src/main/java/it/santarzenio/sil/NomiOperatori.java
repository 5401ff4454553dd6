package it.santarzenio.sil;

import java.util.Collection;
import java.util.Map;

/**
 * People's names for the user ids the domain tables record ("informativo" → "Giulia Marchetti"). The users live in
 * the engine's identity service, which only {@code processo} may reach; it implements this.
 */
public interface NomiOperatori {

    /** Name and surname of each known user; an unknown id (a user deleted since) is missing from the map. */
    Map<String, String> nomi(Collection<String> utenti);
}
