package it.santarzenio.sil.tasklist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, as an Italian operator in Rome would use Tasklist.
 * The binaries are named explicitly so that Selenium never tries to download a browser.
 */
final class Browser implements AutoCloseable {

    // pom.xml passes them (chromium.path, chromedriver.path), after checking that they exist.
    static final String CHROMIUM = System.getProperty("chromium.path", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("chromedriver.path", "/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final WebDriverWait attesa;
    private final String base;

    Browser(int porta) {
        this(porta, false);
    }

    /**
     * With {@code registraRete}, Chromium keeps its network events (the performance log), so that a test can list every
     * response the pages received ({@link #risposteConErrore}).
     */
    Browser(int porta, boolean registraRete) {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException(
                    "Browser tests need Chromium and ChromeDriver at " + CHROMIUM + " and " + CHROMEDRIVER
                            + ": apt-get install -y chromium chromium-driver, or -Dchromium.path/-Dchromedriver.path");
        }
        var servizio = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .withEnvironment(Map.of("TZ", "Europe/Rome", "LANGUAGE", "it", "LANG", "it_IT.UTF-8"))
                .build();
        var opzioni = new ChromeOptions()
                .setBinary(CHROMIUM)
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run",
                        "--window-size=1400,1100",
                        "--lang=it-IT",
                        "--accept-lang=it-IT,it")
                .setExperimentalOption("prefs", Map.of("intl.accept_languages", "it-IT,it"));
        if (registraRete) {
            opzioni.setCapability("goog:loggingPrefs", Map.of("performance", "ALL"));
        }
        this.driver = new ChromeDriver(servizio, opzioni);
        // Headless Chromium ignores --lang for Intl and navigator.language, which form-js reads for date formats.
        driver.executeCdpCommand("Emulation.setLocaleOverride", Map.of("locale", "it-IT"));
        driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "Europe/Rome"));
        // Tasklist re-renders a task (after a claim, a refresh, a form's load) and replaces the elements a test found:
        // every wait looks them up again rather than failing on the first stale reference.
        this.attesa = new WebDriverWait(driver, Duration.ofSeconds(20));
        attesa.ignoring(StaleElementReferenceException.class);
        this.base = "http://localhost:" + porta;
    }

    WebDriver driver() {
        return driver;
    }

    void entraInTasklist(String utente, String password) {
        driver.get(base + "/camunda/app/tasklist/default/");
        scrivi(By.cssSelector("input[ng-model=username]"), utente);
        scrivi(By.cssSelector("input[ng-model=password]"), password);
        clicca(By.cssSelector("button[type=submit]"));
        attesa.until(ExpectedConditions.visibilityOfElementLocated(By.linkText("Avvia processo")));
    }

    /** Logs into Cockpit (in Italian, like Tasklist) and waits for its dashboard. */
    void entraInCockpit(String utente, String password) {
        driver.get(base + "/camunda/app/cockpit/default/");
        scrivi(By.cssSelector("input[ng-model=username]"), utente);
        scrivi(By.cssSelector("input[ng-model=password]"), password);
        clicca(By.cssSelector("button[type=submit]"));
        attesa.until(ExpectedConditions.visibilityOfElementLocated(By.partialLinkText("Processi")));
    }

    /** Leaves the webapps: the next user logs in on a clean session. */
    void esci() {
        driver.manage().deleteAllCookies();
        driver.get("about:blank");
    }

    /** Opens a page of the application, e.g. a task in Tasklist by its URL. */
    void vai(String percorso) {
        driver.get(base + percorso);
    }

    /** Claims the open task and waits until Tasklist has re-rendered its form as editable. */
    void prendiInCarico() {
        clicca(By.cssSelector("button.claim"));
        attesa.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
        attesa.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-form .fjs-input:not([disabled])")));
    }

    WebElement trova(By selettore) {
        return attesa.until(ExpectedConditions.visibilityOfElementLocated(selettore));
    }

    /** The visible text of an element, read again if Tasklist replaced the element between finding and reading. */
    String testo(By selettore) {
        return attesa.until(driver -> seVisibile(driver, selettore, WebElement::getText));
    }

    /** An attribute of a visible element (e.g. a field's {@code value}), read like {@link #testo}. */
    String attributo(By selettore, String nome) {
        return attesa.until(driver -> seVisibile(driver, selettore, elemento -> elemento.getAttribute(nome)));
    }

    /**
     * Clicks once clickable, scrolled to the middle of the page: Tasklist's fixed footer covers the form's bottom. An
     * element replaced between finding and clicking is found again.
     */
    void clicca(By selettore) {
        attesa.until(driver -> {
            var elemento = ExpectedConditions.elementToBeClickable(selettore).apply(driver);
            if (elemento == null) {
                return false;
            }
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", elemento);
            elemento.click();
            return true;
        });
    }

    /** What {@code lettura} reads of the element, or null (wait on) while it is hidden. */
    private static <T> T seVisibile(WebDriver driver, By selettore, Function<WebElement, T> lettura) {
        var elemento = driver.findElement(selettore);
        return elemento.isDisplayed() ? lettura.apply(elemento) : null;
    }

    /**
     * Types into a field once it accepts typing (Tasklist shows a task's form read-only until it is claimed) and
     * checks it kept the text: Tasklist re-renders forms, and text typed into a replaced element would be lost.
     */
    void scrivi(By selettore, String testo) {
        attesa.until(driver -> {
            var campo = driver.findElement(selettore);
            if (!campo.isDisplayed() || !campo.isEnabled() || campo.getAttribute("readonly") != null) {
                return false;
            }
            campo.clear();
            campo.sendKeys(testo);
            return testo.equals(driver.findElement(selettore).getAttribute("value"));
        });
    }

    static final By COMPLETA = By.xpath("//button[normalize-space()='Completa']");

    /** Scrolls an element to the middle of the page, e.g. before a screenshot. */
    void mostra(By selettore) {
        ((JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", trova(selettore));
    }

    /** Completes the open task's form, once Tasklist's notifications no longer cover its button. */
    void completaIlModulo() {
        chiudiAvvisi();
        clicca(COMPLETA);
    }

    /** Closes Tasklist's notifications, which stay over the bottom of the form and its buttons. */
    void chiudiAvvisi() {
        for (var chiudi :
                driver.findElements(By.cssSelector(".page-notifications button[ng-click^='removeNotification']"))) {
            try {
                if (chiudi.isDisplayed()) {
                    chiudi.click();
                }
            } catch (StaleElementReferenceException giaChiuso) {
                // Tasklist removed the notification on its own meanwhile.
            }
        }
    }

    /** A Camunda Form field by its key (form-js ids end with Field_<key>). */
    static By campo(String chiave) {
        return By.cssSelector("[id$='Field_" + chiave + "']");
    }

    String attendiTesto(By selettore, String frammento) {
        attesa.until(ExpectedConditions.textToBePresentInElementLocated(selettore, frammento));
        return testo(selettore);
    }

    /** Waits for what the operator did to reach the engine; on timeout keeps a screenshot of the page. */
    void attendi(BooleanSupplier condizione) throws IOException {
        try {
            attesa.until(driver -> condizione.getAsBoolean());
        } catch (org.openqa.selenium.TimeoutException e) {
            fotografa(Path.of("target/screenshots/attesa-scaduta.png"));
            throw e;
        }
    }

    /**
     * Every response the pages received so far ("200 http://..."), in order, from the network events of a browser
     * opened with {@code registraRete}.
     */
    List<String> risposte() {
        for (var voce : driver.manage().logs().get(LogType.PERFORMANCE)) {
            try {
                var messaggio = JSON.readTree(voce.getMessage()).path("message");
                if (messaggio.path("method").asText().equals("Network.responseReceived")) {
                    var risposta = messaggio.path("params").path("response");
                    risposte.add(risposta.path("status").asInt() + " "
                            + risposta.path("url").asText());
                }
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Evento di rete illeggibile: " + voce.getMessage(), e);
            }
        }
        return List.copyOf(risposte);
    }

    private final List<String> risposte = new ArrayList<>();
    private static final ObjectMapper JSON = new ObjectMapper();

    void fotografa(Path destinazione) throws IOException {
        Files.createDirectories(destinazione.getParent());
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), destinazione, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
