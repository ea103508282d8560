package io.github.countyrules.cli;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The rulebook as an officer sees it: the generated HTML is valid (unique ids, balanced tags, links
 * that land), and opened in headless Chromium it shows a rule's heading, its clause text, a
 * parameter's value and the scenarios that check it, with no code words in the Chinese book.
 * Debian's /usr/bin/chromium and /usr/bin/chromedriver are used, named explicitly so nothing is
 * ever downloaded; without them the browser test fails when CI=true and is skipped otherwise.
 */
class RulebookBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Upper-case words joined by underscores: the codes of the fact model (NOT_MET, UNDER_CONSTRUCTION). */
    private static final Pattern CODE_WORD = Pattern.compile("(?<![A-Za-z0-9_])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?![A-Za-z0-9_])");
    private static final Path OUT = Path.of("target", "rulebook-browser");

    private static String zhHtml;
    private static String enHtml;
    private static String zhMd;
    private static ChromeDriver driver;

    @BeforeAll
    static void writeBothBooks() throws IOException {
        for (String lang : List.of("zh", "en")) {
            Cli.Result r = Cli.run("rulebook", "--out", OUT.resolve(lang).toString(), "--lang", lang, "--as-of", "2025-06-30");
            assertEquals(0, r.code(), r::toString);
        }
        zhHtml = Files.readString(OUT.resolve("zh").resolve("rulebook.html"), StandardCharsets.UTF_8);
        enHtml = Files.readString(OUT.resolve("en").resolve("rulebook.html"), StandardCharsets.UTF_8);
        zhMd = Files.readString(OUT.resolve("zh").resolve("rulebook.md"), StandardCharsets.UTF_8);
    }

    @AfterAll
    static void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    // ---------------------------------------------------------------- the HTML itself

    /** Problems of an HTML page: duplicate ids, unbalanced or misnested tags, links to ids that do not exist. */
    static List<String> htmlProblems(String html) {
        List<String> problems = new java.util.ArrayList<>();
        Set<String> ids = new HashSet<>();
        Matcher id = Pattern.compile("\\sid=\"([^\"]*)\"").matcher(html);
        while (id.find()) {
            if (!ids.add(id.group(1))) {
                problems.add("duplicate id " + id.group(1));
            }
        }
        Matcher href = Pattern.compile("href=\"#([^\"]*)\"").matcher(html);
        while (href.find()) {
            if (!ids.contains(href.group(1))) {
                problems.add("link to a missing id #" + href.group(1));
            }
        }
        Set<String> voids = Set.of("meta", "br", "hr", "img", "input", "link", "col", "area", "base", "source", "wbr");
        String body = html.replaceAll("(?s)<style>.*?</style>", "<style></style>").replaceAll("<!DOCTYPE[^>]*>", "");
        Deque<String> open = new ArrayDeque<>();
        Matcher tag = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>").matcher(body);
        while (tag.find()) {
            String name = tag.group(2).toLowerCase(java.util.Locale.ROOT);
            if (voids.contains(name) || !tag.group(3).isEmpty()) {
                continue;
            }
            if (tag.group(1).isEmpty()) {
                open.push(name);
            } else if (open.isEmpty() || !open.peek().equals(name)) {
                problems.add("</" + name + "> closes " + (open.isEmpty() ? "nothing" : "<" + open.peek() + ">") + " at " + tag.start());
                return problems;
            } else {
                open.pop();
            }
        }
        if (!open.isEmpty()) {
            problems.add("unclosed " + open);
        }
        Matcher stray = Pattern.compile("<(?![a-zA-Z/!])").matcher(body);
        if (stray.find()) {
            problems.add("an unescaped < at " + stray.start());
        }
        return problems;
    }

    @Test
    void theValidatorCatchesWhatItChecks() {
        assertFalse(htmlProblems("<p id=\"a\"></p><p id=\"a\"></p>").isEmpty(), "duplicate id");
        assertFalse(htmlProblems("<ul><li>x</ul>").isEmpty(), "misnested");
        assertFalse(htmlProblems("<a href=\"#nowhere\">x</a>").isEmpty(), "dangling link");
        assertEquals(List.of(), htmlProblems("<p id=\"a\">x<br><a href=\"#a\">y</a></p>"));
    }

    @Test
    void bothBooksAreValidHtmlWithUniqueIds() {
        assertEquals(List.of(), htmlProblems(zhHtml), "zh");
        assertEquals(List.of(), htmlProblems(enHtml), "en");
    }

    @Test
    void theChineseBookHoldsNoCodesNoDeveloperNotesAndNoEnglishSentences() {
        String text = zhHtml.replaceAll("(?s)<style>.*?</style>", "").replaceAll("<[^>]+>", " ");
        Matcher code = CODE_WORD.matcher(text);
        assertFalse(code.find(), () -> "a code word in the Chinese book: " + code.group() + " … "
                + text.substring(Math.max(0, code.start() - 80), Math.min(text.length(), code.end() + 80)));
        for (String dev : List.of(".java", "POLICY-SPEC §0 \"", "Not modelled", "see ", "MET means")) {
            assertFalse(text.contains(dev), "developer wording in the Chinese book: " + dev);
        }
        // an English sentence: five English words in a row
        Matcher english = Pattern.compile("\\b[A-Za-z]+(?:[ ,;:'()-]+[A-Za-z]+){5,}").matcher(text);
        assertFalse(english.find(), () -> "English in the Chinese book: " + english.group());
        assertFalse(CODE_WORD.matcher(zhMd).find(), "the Markdown book is as clean");
    }

    @Test
    void eachRuleShowsItsConditionsRoleAndParametersHistory() {
        // the condition a rule writes in @conditionZh, with the parameter's value beside its name
        assertTrue(zhHtml.contains("ningxia.reportDue(现为 03-31)"), "NX-L3's written condition with the value in force");
        // a combining rule's list is generated from its DRL
        assertTrue(zhHtml.contains("须全部满足：NX-C1、NX-C2a、NX-C2b、NX-C3、NX-C4"), "NX-C's combination");
        assertTrue(zhHtml.contains("触发情形：结论为“触发”“未触发”"), "a trigger's role");
        assertTrue(zhHtml.contains("自 2023-07-05 起：B"), "a dated value of ningxia.minimumGrade");
    }

    // ---------------------------------------------------------------- in the browser

    private static ChromeDriver browser() {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String msg = "Chromium is not installed (" + CHROMIUM + ", " + CHROMEDRIVER + "): "
                    + "apt-get install -y chromium chromium-driver (.ci/run does this)";
            if (ci) {
                fail(msg);
            }
            Assumptions.abort(msg + "; the browser test is skipped outside CI");
        }
        if (driver == null) {
            Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
            // the driver named explicitly: Selenium Manager never looks for, let alone downloads, one
            System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .withLogOutput(OutputStream.nullOutputStream())
                    .build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--lang=zh-CN", "--window-size=1280,1600");
            driver = new ChromeDriver(service, options);
            driver.manage().window().setSize(new Dimension(1280, 1600));
        }
        return driver;
    }

    private static void open(String lang) {
        browser().get(OUT.resolve(lang).resolve("rulebook.html").toAbsolutePath().toUri().toString());
    }

    @Test
    void anOfficerSeesTheRuleItsClauseAParameterValueAndItsScenarios() throws IOException {
        open("zh");
        ChromeDriver d = browser();
        assertEquals("规则手册", d.getTitle());

        WebElement heading = d.findElement(By.id("r-ningxia-nx-d1"));
        ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView(true); window.scrollBy(0, -8);", heading);
        assertTrue(heading.isDisplayed());
        assertEquals("NX-D1 建设期内创新能力连续2年下降", heading.getText());

        // the clause text the file quotes, shown above the rules of its group
        WebElement group = d.findElement(By.id("f-ningxia-dynamic-management"));
        WebElement clause = group.findElement(By.xpath("following-sibling::blockquote[1]"));
        assertTrue(clause.getText().contains("对建设期内创新能力连续2年下降"), clause.getText());

        // NX-D1's section: condition, a parameter with its value, scenarios by what they expect
        String section = (String) ((JavascriptExecutor) d).executeScript(
                "let e = arguments[0], t = ''; for (e = e.nextElementSibling; e && e.tagName !== 'H4' && e.tagName !== 'H3'; e = e.nextElementSibling) t += e.innerText + '\\n'; return t;",
                heading);
        assertTrue(section.contains("条件：建设期已开始"), section);
        assertTrue(section.contains("monitoring.defaultPublication\t07-01"), section);
        assertTrue(section.contains("西夏区(640105) 自治区创新型县(区) 建设状态 → 取消建设资格"), section);

        String page = d.findElement(By.tagName("body")).getText();
        Matcher code = CODE_WORD.matcher(page);
        assertFalse(code.find(), () -> "the Chinese page shows a code: " + code.group());

        Files.createDirectories(OUT);
        Path shot = OUT.resolve("rulebook-zh-NX-D1.png");
        Files.write(shot, ((TakesScreenshot) d).getScreenshotAs(OutputType.BYTES));
        assertTrue(Files.size(shot) > 10_000, "a screenshot was saved at " + shot.toAbsolutePath());
    }

    @Test
    void theEnglishBookNamesTheScenariosAndLinksLand() {
        open("en");
        ChromeDriver d = browser();
        d.findElement(By.cssSelector("a[href='#f-ningxia-dynamic-management']")).click();
        WebElement heading = d.findElement(By.id("r-ningxia-nx-d1"));
        String section = (String) ((JavascriptExecutor) d).executeScript(
                "let e = arguments[0], t = ''; for (e = e.nextElementSibling; e && e.tagName !== 'H4'; e = e.nextElementSibling) t += e.innerText + '\\n'; return t;",
                heading);
        assertTrue(section.contains("In 2026 a county whose score fell in 2024 and 2025 loses its construction status"), section);
        assertTrue(section.contains("Role: trigger"), section);
        Long y = (Long) ((JavascriptExecutor) d).executeScript("return Math.round(window.scrollY);");
        assertTrue(y > 0, "the contents link scrolled the page to the rule group");
    }
}
