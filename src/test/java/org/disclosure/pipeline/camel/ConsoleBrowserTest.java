package org.disclosure.pipeline.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.camel.builder.NotifyBuilder;
import org.disclosure.pipeline.fixtures.Samples;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * A real browser (Debian's chromium, through chromedriver) does what a reviewer does: from the
 * console to a document's report, to a finding, to the outlined cells, and sees them. Screenshots
 * are kept in target/screenshots/.
 */
class ConsoleBrowserTest extends ServiceTestSupport {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @Test
    void aReviewerGoesFromTheConsoleToAFindingAndItsOutlinedCellsInTwoClicks() throws Exception {
        boolean browser = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (System.getenv("CI") != null) {
            assertThat(browser).as("CI installs chromium and chromium-driver (.ci/run)").isTrue();
        }
        assumeTrue(browser, "chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");

        Path real = Samples.shared().resolve("real/shanghai-putuo-justice-2026-unit-budget.pdf");
        boolean withReal = Files.exists(real);
        NotifyBuilder done = documentsDone(withReal ? 2 : 1);
        drop(Samples.mistypedSeed(Files.createDirectories(root.resolve("made"))), "kizilsu-2022-mistyped.pdf");
        if (withReal) {
            drop(real, real.getFileName().toString());
        }
        assertThat(done.matches(120, TimeUnit.SECONDS)).isTrue();

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1600", "--user-data-dir=" + Files.createTempDirectory(root, "chromium"));
        // the page's console, where the browser reports anything the Content-Security-Policy blocked
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
        try {
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            driver.get("http://localhost:" + port + "/");
            assertThat(driver.findElement(By.id("archived")).getText()).contains("kizilsu-2022-mistyped.pdf", "克孜勒苏柯尔克孜自治州人民政府办公室");
            save(driver, screenshots.resolve("console.png"));
            reviewFirstFailure(driver, "kizilsu-2022-mistyped.pdf", "1346.61", screenshots.resolve("seed"));
            if (withReal) {
                driver.get("http://localhost:" + port + "/");
                reviewFirstFailure(driver, real.getFileName().toString(), "14,348,853.34", screenshots.resolve("shanghai"));
            }
            // the PDFs open in the browser's viewer under the same policy
            driver.get("http://localhost:" + port + "/");
            String annotated = driver.findElement(By.partialLinkText("标注PDF")).getAttribute("href");
            driver.get(annotated);
            Thread.sleep(1000);
            List<LogEntry> blocked = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(entry -> entry.getMessage().contains("Content Security Policy")).toList();
            assertThat(blocked).as("nothing the pages need is blocked by their Content-Security-Policy").isEmpty();
        } finally {
            driver.quit();
        }
    }

    /** From the console: click the document's report, then the first failure's first cell; see it. */
    private static void reviewFirstFailure(ChromeDriver driver, String fileName, String printed, Path shots) throws Exception {
        // click 1: the document's report
        driver.findElement(By.linkText(fileName)).click();
        WebElement findings = driver.findElement(By.id("findings"));
        assertThat(findings.isDisplayed()).isTrue();
        WebElement firstFailure = driver.findElement(By.cssSelector("#findings .finding.fail"));
        assertThat(firstFailure.getText()).contains(printed);
        WebElement picture = firstFailure.findElement(By.cssSelector("img.evidence"));
        Long width = (Long) ((JavascriptExecutor) driver).executeScript(
                "return arguments[0].complete ? arguments[0].naturalWidth : 0;", picture);
        assertThat(width).as("the evidence picture loaded").isGreaterThan(500);
        save(driver, Path.of(shots + "-report-findings.png"));

        // click 2: from the finding to the flagged cell in its table
        WebElement reference = firstFailure.findElement(By.cssSelector("ul.refs a"));
        String target = reference.getAttribute("href").substring(reference.getAttribute("href").indexOf('#') + 1);
        reference.click();
        WebElement cell = driver.findElement(By.id(target));
        assertThat(cell.getAttribute("class")).contains("flag-fail");
        Boolean inView = (Boolean) ((JavascriptExecutor) driver).executeScript(
                "const r = arguments[0].getBoundingClientRect(); return r.bottom > 0 && r.top < window.innerHeight;", cell);
        assertThat(inView).as("the browser scrolled to the flagged cell").isTrue();
        assertThat(cell.getCssValue("background-color")).as("the flagged cell is highlighted").isNotIn("rgba(0, 0, 0, 0)", "transparent");
        save(driver, Path.of(shots + "-flagged-cell.png"));
    }

    private static void save(ChromeDriver driver, Path target) throws Exception {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
