package it.santarzenio.sil.specialistico;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** {@code sil.cartella-sociale.*}: the largest document the desks may attach to a case (default 10MB). */
@ConfigurationProperties("sil.cartella-sociale")
public record CartellaSocialeProperties(@DefaultValue("10MB") DataSize dimensioneMassima) {}
