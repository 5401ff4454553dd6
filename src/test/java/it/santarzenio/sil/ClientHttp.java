package it.santarzenio.sil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP client for the application under test: its own cookie jar (one instance = one session), HTTP
 * Basic when credentials are given, and the webapps' CSRF handshake.
 */
public final class ClientHttp {

    private final String base;
    private final CookieManager biscotti = new CookieManager();
    private final HttpClient http;

    public ClientHttp(int porta) {
        this.base = "http://localhost:" + porta;
        this.http = HttpClient.newBuilder().cookieHandler(biscotti).build();
    }

    public HttpResponse<String> get(String percorso) {
        return invia(richiesta(percorso).GET());
    }

    /** A GET in this client's session with headers of the caller's, e.g. those a browser adds (Sec-Fetch-Site). */
    public HttpResponse<String> get(String percorso, Map<String, String> intestazioni) {
        var richiesta = richiesta(percorso);
        intestazioni.forEach(richiesta::header);
        return invia(richiesta.GET());
    }

    public HttpResponse<String> get(String percorso, String utente, String password) {
        return invia(richiesta(percorso)
                .header("Authorization", basic(utente, password))
                .GET());
    }

    /** A GET in this session with one header of a browser's (e.g. {@code Sec-Fetch-Site}). */
    public HttpResponse<String> getConIntestazione(String percorso, String nome, String valore) {
        return invia(richiesta(percorso).header(nome, valore).GET());
    }

    public HttpResponse<String> postJson(String percorso, String utente, String password, String json) {
        return invia(richiesta(percorso)
                .header("Authorization", basic(utente, password))
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(json)));
    }

    /** A filter's HAL list as Tasklist asks for it (newest first, page from the first), as this user. */
    public HttpResponse<String> listaHalDelFiltro(String filtro, int massimo, String utente, String password) {
        return invia(HttpRequest.newBuilder(URI.create(
                        base + "/engine-rest/filter/" + filtro + "/list?firstResult=0&maxResults=" + massimo))
                .header("Accept", "application/hal+json")
                .header("Authorization", basic(utente, password))
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}")));
    }

    /** A JSON POST of the logged-in webapp session, with its CSRF token, as Tasklist sends a form. */
    public HttpResponse<String> postJsonWebapp(String percorso, String json) {
        var richiesta =
                richiesta(percorso).header("Content-Type", "application/json").POST(BodyPublishers.ofString(json));
        tokenCsrf().ifPresent(token -> richiesta.header("X-XSRF-TOKEN", token));
        return invia(richiesta);
    }

    /** Any method, any body: for the calls the shortcuts above do not cover (PUT, DELETE, multipart). */
    public HttpResponse<String> invia(
            String metodo, String percorso, String utente, String password, String tipo, byte[] corpo) {
        var richiesta = richiesta(percorso).header("Authorization", basic(utente, password));
        if (tipo != null) {
            richiesta.header("Content-Type", tipo);
        }
        return invia(
                richiesta.method(metodo, corpo == null ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(corpo)));
    }

    /**
     * A call in this client's webapp session, without Basic credentials, as a webapp plugin makes it; {@code conToken}
     * sends the session's CSRF token in X-XSRF-TOKEN, as the plugins do for a change.
     */
    public HttpResponse<String> inviaNellaSessione(
            String metodo, String percorso, String tipo, String corpo, boolean conToken) {
        var richiesta = richiesta(percorso);
        if (tipo != null) {
            richiesta.header("Content-Type", tipo);
        }
        if (conToken) {
            tokenCsrf().ifPresent(token -> richiesta.header("X-XSRF-TOKEN", token));
        }
        return invia(
                richiesta.method(metodo, corpo == null ? BodyPublishers.noBody() : BodyPublishers.ofString(corpo)));
    }

    /**
     * Logs into one Camunda webapp as its login page does: a GET gives the session its CSRF token (cookie
     * XSRF-TOKEN), which the POST sends back in header X-XSRF-TOKEN. Answers 200, 401 (bad credentials) or 403 (no
     * access to that app).
     */
    public HttpResponse<String> loginWebapp(String app, String utente, String password) {
        get("/camunda/app/" + app + "/default/");
        var richiesta = moduloLogin(app, utente, password);
        tokenCsrf().ifPresent(token -> richiesta.header("X-XSRF-TOKEN", token));
        return invia(richiesta);
    }

    /** The same login without the CSRF header, as a forged cross-site form would send it. */
    public HttpResponse<String> loginWebappSenzaToken(String app, String utente, String password) {
        get("/camunda/app/" + app + "/default/");
        return invia(moduloLogin(app, utente, password));
    }

    public Optional<String> tokenCsrf() {
        return biscotti.getCookieStore().getCookies().stream()
                .filter(biscotto -> biscotto.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    /** The attributes of cookie {@code nome} set by a response, lower-cased ("httponly", "samesite=lax"...). */
    public static List<String> attributiCookie(HttpResponse<?> risposta, String nome) {
        return risposta.headers().allValues("Set-Cookie").stream()
                .filter(biscotto -> biscotto.startsWith(nome + "="))
                .findFirst()
                .map(biscotto -> Arrays.stream(biscotto.split(";"))
                        .skip(1)
                        .map(attributo -> attributo.trim().toLowerCase(Locale.ROOT))
                        .toList())
                .orElseThrow(() -> new AssertionError("no cookie " + nome + " in " + risposta.headers()));
    }

    private HttpRequest.Builder moduloLogin(String app, String utente, String password) {
        var modulo = Map.of("username", utente, "password", password).entrySet().stream()
                .map(campo -> campo.getKey() + "=" + URLEncoder.encode(campo.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return richiesta("/camunda/api/admin/auth/user/default/login/" + app)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString(modulo));
    }

    private HttpRequest.Builder richiesta(String percorso) {
        return HttpRequest.newBuilder(URI.create(base + percorso)).header("Accept", "application/json, text/html");
    }

    private HttpResponse<String> invia(HttpRequest.Builder richiesta) {
        try {
            return http.send(richiesta.build(), BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String basic(String utente, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((utente + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
