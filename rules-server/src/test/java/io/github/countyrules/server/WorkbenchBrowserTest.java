package io.github.countyrules.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The workbench in a real browser: Debian's chromium and chromedriver, headless, named by path so
 * that Selenium Manager never runs and nothing is downloaded. Each step asserts what a user sees;
 * screenshots are kept under target/screenshots/.
 */
class WorkbenchBrowserTest extends ServerTestBase {
    static final File CHROMIUM = new File(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    static final File DRIVER = new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
    static WebDriver driver;

    @BeforeAll
    static void browser() {
        boolean there = CHROMIUM.canExecute() && DRIVER.canExecute();
        String why = "the workbench test needs Debian's chromium and chromium-driver at " + CHROMIUM + " and " + DRIVER
                + " (apt-get install -y chromium chromium-driver; .ci/run installs them)";
        if (!there && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(why);
        }
        Assumptions.assumeTrue(there, why);
        // Selenium warns through java.util.logging that it has no CDP bindings for this Chromium: not needed here
        java.util.logging.Logger.getLogger("org.openqa.selenium").setLevel(java.util.logging.Level.SEVERE);
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM);
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--no-first-run", "--metrics-recording-only", "--disable-extensions",
                "--lang=zh-CN", "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
                .usingAnyFreePort().withSilent(true).build();
        driver = new ChromeDriver(service, o);
        driver.manage().window().setSize(new Dimension(1400, 1000));
    }

    @AfterAll
    static void close() {
        if (driver != null) {
            driver.quit();
        }
    }

    WebDriverWait await() {
        return new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    WebElement id(String id) {
        return driver.findElement(By.id(id));
    }

    static void screenshot(String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void an_officer_evaluates_an_example_reads_the_reasons_switches_language_and_previews_a_parameter_change() throws Exception {
        driver.get(uri("/").toString());
        assertEquals("县域创新政策规则工作台", id("title").getText());
        await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "就绪"));

        // 1. pick a bundled example: its text appears in the facts box
        new Select(id("example")).selectByValue("ningxia-2025.yaml");
        await().until(d -> id("facts").getDomProperty("value").contains("asOf: 2025-09-30"));
        assertTrue(id("modules").getText().contains("宁夏") || id("modules").getText().contains("自治区"), id("modules").getText());

        // 2. evaluate Ningxia (province 64): decisions grouped by region, in Chinese
        id("scope").sendKeys("64");
        id("evaluate").click();
        WebElement lingwu = await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("section.region[data-region='640181']")));
        assertTrue(lingwu.getText().contains("灵武市"), lingwu.getText());
        assertTrue(lingwu.getText().contains("自治区创新型县(区)"), lingwu.getText());
        assertTrue(lingwu.getText().contains("符合条件"), lingwu.getText());
        assertTrue(id("status").getText().startsWith("评估完成"), id("status").getText());
        WebElement pingluo = driver.findElement(By.cssSelector("section.region[data-region='640221']"));
        assertTrue(pingluo.getText().contains("不符合条件"), pingluo.getText());
        assertTrue(driver.findElements(By.cssSelector("section.region[data-region^='62']")).isEmpty(), "only province 64");
        screenshot("workbench-overview");

        // 3. open a decision: every reason with its clause, finding, facts and parameters
        WebElement decision = lingwu.findElement(By.cssSelector("details.decision"));
        decision.findElement(By.tagName("summary")).click();
        WebElement table = decision.findElement(By.tagName("table"));
        await().until(ExpectedConditions.visibilityOf(table));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'})", lingwu);
        assertTrue(table.getText().contains("条款") && table.getText().contains("满足"), table.getText());
        assertTrue(table.getText().contains("NX-GUIDE"), table.getText());
        screenshot("workbench-decisions");

        // 4. open a rule: its title, clause and the parameters in force
        WebElement ruleLink = table.findElement(By.cssSelector("a.rule"));
        String ruleId = ruleLink.getText();
        ruleLink.click();
        WebElement dialog = await().until(ExpectedConditions.visibilityOfElementLocated(By.id("rule")));
        assertTrue(id("rule-title").getText().startsWith(ruleId), id("rule-title").getText());
        assertFalse(id("rule-title").getText().startsWith(ruleId + " · " + ruleId), "the id once");
        assertTrue(dialog.getText().contains("条款") && dialog.getText().contains("NX-GUIDE"), dialog.getText());
        await().until(d -> id("rule-text").getText().contains("when"));
        assertTrue(id("rule-text").getText().contains("@id(\"" + ruleId + "\")"), id("rule-text").getText());
        screenshot("workbench-rule");
        id("rule-close").click();
        await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("rule")));

        // 5. English, and back to Chinese
        id("lang").click();
        assertEquals("County Innovation Rules workbench", id("title").getText());
        assertTrue(driver.findElement(By.cssSelector("section.region[data-region='640181']")).getText().contains("eligible"));
        id("lang").click();
        assertEquals("县域创新政策规则工作台", id("title").getText());

        // 6. change a parameter and preview what flips
        new Select(id("param")).selectByValue("ningxia.minimumGrade");
        assertTrue(id("param-info").getText().contains("现行取值"), id("param-info").getText());
        id("param-value").sendKeys("C");
        id("preview").click();
        WebElement count = await().until(ExpectedConditions.visibilityOfElementLocated(By.id("flip-count")));
        assertTrue(count.getText().matches("(?s).*ningxia\\.minimumGrade.*\\d+ 项结论发生变化.*"), count.getText());
        assertTrue(id("flips").getText().contains("→"), id("flips").getText());
        screenshot("workbench-preview");

        // 7. bad facts: refused, the field named, nothing shown as decided
        WebElement facts = id("facts");
        facts.clear();
        facts.sendKeys("asOf: 2025-06-30\nmonitoring:\n  - {region: \"640122\", year: 2023, grade: Q, score: 61.5}\n");
        id("evaluate").click();
        WebElement errors = await().until(ExpectedConditions.visibilityOfElementLocated(By.id("errors")));
        assertTrue(errors.getText().contains("monitoring[0].grade"), errors.getText());
        assertTrue(id("status").getText().startsWith("未作评估"), id("status").getText());
        assertTrue(driver.findElements(By.cssSelector("section.region")).isEmpty());
        screenshot("workbench-refused");
    }
}
