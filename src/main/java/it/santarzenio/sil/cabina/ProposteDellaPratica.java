package it.santarzenio.sil.cabina;

import java.util.List;

/** The proposal versions of one case, oldest first, each with the Cabina di Regia's decision when taken. */
public record ProposteDellaPratica(String numeroPratica, List<VersioneProposta> versioni) {}
