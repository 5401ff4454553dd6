package it.santarzenio.sil.benchmark;

import java.io.File;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What an operator waits for in headless Chromium at volume: from pressing "Accedi" on Tasklist's login page until
 * Tasklist shows its filters, then from clicking "Compiti del mio gruppo" until its first task rows appear.
 */
final class PrimaSchermata {

    record Tempi(double accessoMillis, double primeRigheMillis) {}

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    static boolean disponibile() {
        return new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
    }

    static Tempi misura(int porta, String utente) {
        var servizio = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .withEnvironment(Map.of("TZ", "Europe/Rome", "LANG", "it_IT.UTF-8"))
                .build();
        var opzioni = new ChromeOptions()
                .setBinary(CHROMIUM)
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-background-networking",
                        "--no-first-run",
                        "--window-size=1400,1100",
                        "--lang=it-IT");
        var driver = new ChromeDriver(servizio, opzioni);
        try {
            var attesa = new WebDriverWait(driver, Duration.ofSeconds(90));
            driver.get("http://localhost:" + porta + "/camunda/app/tasklist/default/");
            attesa.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model=username]")))
                    .sendKeys(utente);
            driver.findElement(By.cssSelector("input[ng-model=password]")).sendKeys(Rest.PASSWORD);
            long inizio = System.nanoTime();
            driver.findElement(By.cssSelector("button[type=submit]")).click();
            // The focused filter's link also holds its count ("Compiti del mio gruppo 70400"): match its start.
            var gruppo = By.xpath("//div[contains(@class,'task-filter')]/h4/a"
                    + "[starts-with(normalize-space(),'Compiti del mio gruppo')]");
            attesa.until(ExpectedConditions.elementToBeClickable(gruppo));
            double accesso = (System.nanoTime() - inizio) / 1e6;
            long filtro = System.nanoTime();
            driver.findElement(gruppo).click();
            attesa.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("ol.tasks-list li.task")));
            return new Tempi(accesso, (System.nanoTime() - filtro) / 1e6);
        } finally {
            driver.quit();
        }
    }
}
