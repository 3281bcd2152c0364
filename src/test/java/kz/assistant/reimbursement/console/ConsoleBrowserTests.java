package kz.assistant.reimbursement.console;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;

import kz.assistant.reimbursement.cli.JobSummary;
import kz.assistant.reimbursement.support.ConsoleTest;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console in a real browser (Debian's chromium, headless, at 1366×768), as an officer and an
 * accountant use it on the sample month. A failure leaves a screenshot under target/. With
 * {@code -Dconsole.screenshots=DIR} the pages of the officer's guide are saved there as well.
 */
class ConsoleBrowserTests extends ConsoleTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final Path SAMPLE = Path.of("sample-data/cycle-2026-03");

    private static ChromeDriverService service;
    private WebDriver browser;

    @Autowired
    private List<JobSummary> summaries;

    @BeforeAll
    static void startTheDriver() throws Exception {
        // The driver named explicitly: Selenium Manager would try to download one.
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        service.start();
    }

    @AfterAll
    static void stopTheDriver() {
        if (service != null) {
            service.stop();
        }
    }

    @BeforeEach
    void openTheBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1366,768", "--lang=ru");
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ZERO);
    }

    @AfterEach
    void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anOfficerRunsTheFourteenthAndAnAccountantOnlyReadsTheMonth(TestInfo test) throws Exception {
        try {
            logIn("officer");
            screenshot("console-months");

            open("/months/2026-03/files");
            upload(SAMPLE.resolve("psu-acts.csv"));
            assertThat(text("p.notice")).contains("psu-acts.csv");
            upload(SAMPLE.resolve("oop-exemptions.csv"));
            assertThat(text("p.notice")).contains("oop-exemptions.csv");

            open("/months/2026-03");
            browser.findElement(By.cssSelector("#job-reimbursement-list button")).click();
            // The page's script follows the run and reloads the page when it ends.
            new WebDriverWait(browser, Duration.ofMinutes(4)).pollingEvery(Duration.ofSeconds(1))
                    .until(b -> b.findElement(By.cssSelector("#job-reimbursement-list .state")).getText().equals("завершено"));
            String expected = summaries.stream().filter(s -> s.jobName().equals("reimbursement-list")).findFirst().orElseThrow().summarize(MARCH);
            assertThat(text("#job-reimbursement-list .summary")).isEqualTo(expected);
            assertThat(browser.findElements(By.cssSelector("#job-reimbursement-list button"))).as("no run button for a completed job").isEmpty();
            assertThat(browser.findElements(By.cssSelector("#job-funding-need button"))).hasSize(1);
            screenshot("console-month");

            open("/months/2026-03/files");
            WebElement list = browser.findElements(By.cssSelector("a[href*='/files/reimbursement-list_']")).get(0);
            byte[] downloaded = download(list.getAttribute("href"));
            Path onDisk = outbox(MARCH).resolve(list.getText());
            assertThat(downloaded).isEqualTo(Files.readAllBytes(onDisk));
            try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(downloaded))) {
                assertThat(workbook.getSheetAt(0).getPhysicalNumberOfRows()).isGreaterThan(5);
            }
            screenshot("console-files");

            open("/months/2026-03/rejections");
            long rejected = count("select count(*) from rejected_act where cycle_month = '2026-03'");
            assertThat(text("main > p")).endsWith(": " + rejected);
            assertThat(browser.getPageSource()).doesNotContain(jdbc.queryForObject(
                    "select person_iin from rejected_act where cycle_month = '2026-03' and length(person_iin) = 12 limit 1", String.class));
            screenshot("console-rejections");

            browser.findElement(By.id("lang-kk")).click();
            assertThat(text("h1")).isEqualTo("Цикл айы 2026-03");
            assertThat(text("nav.tabs a.current")).isEqualTo("Қабылданбаған актілер");
            open("/months/2026-03");
            assertThat(text("#job-reimbursement-list .state")).isEqualTo("аяқталды");
            screenshot("console-month-kk");

            assertThat(jdbc.queryForList("select action || ' ' || channel from run_audit where started_by = 'officer' and job_name = 'reimbursement-list' order by id",
                    String.class)).containsExactly("start console", "finish console");

            browser.findElement(By.cssSelector("form.logout button")).click();
            logIn("accountant");
            open("/months/2026-03");
            assertThat(browser.findElements(By.cssSelector("table.jobs button"))).as("an accountant has no run button").isEmpty();
            open("/months/2026-03/files");
            assertThat(browser.findElements(By.cssSelector("form.upload"))).isEmpty();
            assertThat(browser.findElements(By.cssSelector("a[href*='/files/reimbursement-list_']"))).isNotEmpty();

            browser.findElement(By.cssSelector("form.logout button")).click();
            logIn("auditor");
            open("/audit");
            assertThat(browser.findElements(By.xpath("//td[text()='officer']"))).isNotEmpty();
            screenshot("console-audit");
        } catch (Throwable failure) {
            Path shot = Path.of("target", "console-browser-" + test.getTestMethod().orElseThrow().getName() + ".png");
            Files.write(shot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            System.err.println("Browser test failed on " + browser.getCurrentUrl() + "; screenshot: " + shot.toAbsolutePath());
            throw failure;
        }
    }

    private void logIn(String name) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form.login button")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/months");
    }

    private void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
    }

    private void upload(Path file) {
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(By.cssSelector("form.upload button")).click();
        // The answer is a new page: wait until the one the form was on is gone, or its notice is read instead.
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(page));
    }

    private String text(String css) {
        return new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css))).getText();
    }

    /** With the browser's own session: what the link gives the person who clicks it. */
    private byte[] download(String href) throws Exception {
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private void screenshot(String name) throws Exception {
        String dir = System.getProperty("console.screenshots");
        if (dir != null) {
            Files.createDirectories(Path.of(dir));
            Files.write(Path.of(dir, name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        }
    }
}
