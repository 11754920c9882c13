package nianbao.cli;

import nianbao.pipeline.AuditResult;
import nianbao.pipeline.BatchAudit;
import nianbao.report.ConsoleReport;
import nianbao.report.JsonReport;
import nianbao.report.Reviews;
import nianbao.report.XlsxReport;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Where a batch's final results go, one at a time: the console's details (or nothing), the JSON
 * (a file, or standard output for "-") and the workbook. Files appear only when the batch is done
 * ({@link #finish}); a failed batch leaves earlier files untouched.
 */
final class Outputs implements BatchAudit.Output, AutoCloseable {
    private final ConsoleReport console;
    private final ConsoleReport.Totals totals = new ConsoleReport.Totals();
    private final AtomicOutput jsonFile, xlsxFile;
    private final JsonReport.Writer json;
    private final XlsxReport workbook;

    /** @param console null for no console details */
    Outputs(ConsoleReport console, Path json, PrintStream stdout, Path xlsx, JsonReport.Tool tool) throws IOException {
        this.console = console;
        boolean toStdout = json != null && json.toString().equals("-");
        jsonFile = json == null || toStdout ? null : new AtomicOutput(json);
        xlsxFile = xlsx == null ? null : new AtomicOutput(xlsx);
        this.json = json == null ? null : new JsonReport.Writer(toStdout ? stdout : jsonFile.stream(), tool);
        workbook = xlsx == null ? null : new XlsxReport(Reviews.NONE);
    }

    @Override
    public void add(AuditResult r) throws IOException {
        if (console != null) console.details(r);
        totals.add(r);
        if (json != null) json.add(r);
        if (workbook != null) workbook.add(r);
    }

    ConsoleReport.Totals totals() {
        return totals;
    }

    /** Ends the JSON and the workbook and moves the files into place. */
    void finish() throws IOException {
        if (json != null) json.close();
        if (jsonFile != null) jsonFile.commit();
        if (workbook != null) {
            workbook.finish(xlsxFile.stream());
            xlsxFile.commit();
        }
    }

    /** After {@link #finish}: nothing left to do; before (a failed batch): the outputs dropped, standard output's JSON left unended. */
    @Override
    public void close() throws IOException {
        try (AtomicOutput j = jsonFile; AtomicOutput x = xlsxFile; XlsxReport w = workbook) {
            if (json != null) json.abandon();
        }
    }
}
