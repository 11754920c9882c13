package nianbao.web;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The reviewer's season in a real browser (Debian's chromium, headless, through the system
 * chromedriver): upload a report, see its findings, dismiss one with a comment, upload the
 * corrected version, see the finding resolved and the decision kept, export the workbook and read
 * it back. Without chromium and chromedriver this test fails: run scripts/install-browser.sh.
 */
class WorkspaceBrowserIT {
    static final String CHROMIUM = System.getProperty("nianbao.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("nianbao.chromedriver", "/usr/bin/chromedriver");

    @TempDir
    Path tmp;
    Harness h;
    WebDriver driver;
    WebDriverWait wait;
    Path downloads;

    @BeforeEach
    void start() throws Exception {
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
            fail("The browser test needs Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "), not found. Install them with: sudo scripts/install-browser.sh");
        }
        h = new Harness(tmp.resolve("data"));
        downloads = Files.createDirectories(tmp.resolve("downloads"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=zh-CN",
                "--user-data-dir=" + Files.createDirectories(tmp.resolve("profile")));
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    @AfterEach
    void stop() {
        if (driver != null) driver.quit();
        if (h != null) h.close();
    }

    @Test
    void aReviewerRunsASeasonInTheBrowser() throws Exception {
        driver.get(h.base + "/");
        upload(WorkspaceApiTest.V1, "已审查并保存 1 份报告");

        // the report: its findings, the cells they name highlighted
        driver.findElement(By.cssSelector("#report-table a[href^='#/report/']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".finding[data-rule='CELL-BLANK']")));
        assertEquals(2, driver.findElements(By.cssSelector("#findings .finding[data-rule='REQUESTS-COLUMN-BALANCE']")).size());
        assertFalse(driver.findElements(By.cssSelector("td.flag-ERROR[data-key='requests.new.total']")).isEmpty(),
                "the cell a finding names is highlighted");
        assertTrue(driver.findElement(By.id("doc")).getText().contains("青山市人力资源和社会保障局"), "the prose is shown");
        // click a finding: its cell is brought into view and flashes
        driver.findElement(By.cssSelector("#findings .finding[data-rule='REQUESTS-COLUMN-BALANCE'] .msg")).click();
        wait.until(d -> !d.findElements(By.cssSelector("td.flash")).isEmpty());

        // dismiss the blank-cell finding with a comment
        WebElement blank = driver.findElement(By.cssSelector(".finding[data-rule='CELL-BLANK']"));
        blank.findElement(By.cssSelector("textarea.comment")).sendKeys("空白即为零，同意");
        blank.findElement(By.cssSelector("button.decide-dismiss")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".finding[data-rule='CELL-BLANK'] .decided.DISMISSED"), "空白即为零，同意"));

        // the corrected version comes in
        driver.findElement(By.cssSelector("header nav a[data-nav='batch']")).click();
        upload(WorkspaceApiTest.V2, "第 2 版");
        driver.findElement(By.cssSelector("#report-table a[href^='#/report/']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#resolved .finding[data-rule='REQUESTS-COLUMN-BALANCE']")));
        assertTrue(driver.findElements(By.cssSelector("#findings .finding[data-rule='REQUESTS-COLUMN-BALANCE']")).isEmpty());
        WebElement kept = driver.findElement(By.cssSelector("#findings .finding[data-rule='CELL-BLANK']"));
        assertTrue(kept.getText().contains("未变"), kept.getText());
        assertTrue(kept.findElement(By.cssSelector(".decided.DISMISSED")).getText().contains("空白即为零，同意"));
        assertTrue(driver.findElement(By.id("resolved")).getText().contains("已解决"));

        // export the workbook through the browser and read it back
        driver.findElement(By.cssSelector("header nav a[data-nav='batch']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("export-link"))).click();
        Path xlsx = awaitDownload();
        try (InputStream in = Files.newInputStream(xlsx); Workbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet("审查意见");
            Row header = s.getRow(0);
            Map<String, Integer> col = new HashMap<>();
            for (int i = 0; i < header.getLastCellNum(); i++) col.put(header.getCell(i).getStringCellValue(), i);
            assertEquals(1, s.getLastRowNum());
            Row r = s.getRow(1);
            assertEquals("CELL-BLANK", r.getCell(col.get("规则编号")).getStringCellValue());
            assertEquals("驳回", r.getCell(col.get("审查结论")).getStringCellValue());
            assertEquals("空白即为零，同意", r.getCell(col.get("审查说明")).getStringCellValue());
            assertEquals("未变", r.getCell(col.get("与上次审查相比")).getStringCellValue());
        }
    }

    /** Picks the file in the page's file input and waits for the upload's summary. */
    private void upload(Path file, String expected) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("file-input")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].hidden = false;", input);
        input.sendKeys(file.toAbsolutePath().toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("upload-status"), expected));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#report-table .report-row")));
    }

    private Path awaitDownload() throws Exception {
        long until = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < until) {
            try (Stream<Path> s = Files.list(downloads)) {
                List<Path> done = s.filter(p -> p.toString().endsWith(".xlsx")).toList();
                if (!done.isEmpty()) return done.get(0);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the workbook was not downloaded into " + downloads);
    }
}
