package it.santarzenio.sil.abbinamento.web;

import it.santarzenio.sil.abbinamento.Cp2021Service;
import it.santarzenio.sil.abbinamento.EsitoImportazione;
import it.santarzenio.sil.abbinamento.ProfessioneCp2021;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/cp2021}: an administrator imports ISTAT's CP2021 file ({@code codice;livello;denominazione}, UTF-8) as
 * multipart field {@code file}; any authenticated user looks a code up.
 */
@RestController
@RequestMapping("/api/cp2021")
class Cp2021Controller {

    private final Cp2021Service cp2021;

    Cp2021Controller(Cp2021Service cp2021) {
        this.cp2021 = cp2021;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    EsitoImportazione importa(@RequestPart("file") MultipartFile file, Authentication utente) throws IOException {
        Gruppi.richiedi(
                utente,
                "Solo gli amministratori di sistema possono importare la classificazione CP2021.",
                Gruppi.ADMIN);
        try (var contenuto = file.getInputStream()) {
            return cp2021.importa(contenuto);
        }
    }

    @GetMapping("/{codice}")
    ProfessioneCp2021 professione(@PathVariable String codice) {
        return cp2021.professione(codice).orElseThrow(() -> new CodiceSconosciutoException(codice));
    }
}
