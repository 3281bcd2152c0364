package kz.assistant.reimbursement.fundingneed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import kz.assistant.reimbursement.cli.ExitCode;
import kz.assistant.reimbursement.reimbursementlist.ReimbursementListJobConfiguration;
import kz.assistant.reimbursement.support.ActsFile;
import kz.assistant.reimbursement.support.IntegrationTest;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

class FundingNeedIntegrationTests extends IntegrationTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final YearMonth APRIL = YearMonth.of(2026, 4);

    @Autowired
    JobOperator jobOperator;

    @Autowired
    @Qualifier("fundingNeedJob")
    Job fundingNeedJob;

    // 64 h of 2026: G = round2(64 × 4 325 × 0.1364) = 37 755.52, OPV 3 775.55, OSMS 755.11, to supplier 33 224.86.
    // 64 h of 2025-12: G = round2(64 × 3 932 × 0.1364) = 34 324.79, OPV 3 432.48, OSMS 686.50, to supplier 30 205.81.
    private void formMarchRecords() throws Exception {
        ActsFile acts = new ActsFile();
        acts.add(Map.of("act_number", "AST-1"));
        acts.add(Map.of("act_number", "AST-2"));
        acts.add(Map.of("act_number", "AST-LATE", "service_month", "2025-12"));
        acts.add(Map.of("act_number", "ALM-1", "mio_bin", ActsFile.ALMATY_MIO, "oblast", "г. Алматы", "region", "Алатауский район"));
        acts.writeTo(inbox(MARCH));
        Files.writeString(inbox(MARCH).resolve("oop-exemptions.csv"), "iin;opv_exempt;osms_exempt;basis;valid_from;valid_to\n");
        var outcome = run(ReimbursementListJobConfiguration.JOB_NAME, MARCH);
        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCode.COMPLETED);
    }

    private void formNeed(YearMonth month, LocalDate on) throws Exception {
        var execution = jobOperator.start(fundingNeedJob, new JobParametersBuilder()
                .addString("month", month.toString(), true)
                .addLocalDate("date", on, false)
                .toJobParameters());
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    }

    @Test
    void fundingNeedTotalsPerMioAndServiceMonthEqualTheFormedRecordsAndLateActsKeepTheirMonth() throws Exception {
        formMarchRecords();

        formNeed(MARCH, LocalDate.of(2026, 3, 16));

        List<Map<String, Object>> need = jdbc.queryForList(
                "select mio_bin, service_month, records, guaranteed, to_supplier from funding_need where cycle_month = '2026-03' order by mio_bin, service_month");
        assertThat(need).containsExactly(
                Map.of("mio_bin", ActsFile.ASTANA_MIO, "service_month", "2025-12", "records", 1,
                        "guaranteed", new BigDecimal("34324.79"), "to_supplier", new BigDecimal("30205.81")),
                Map.of("mio_bin", ActsFile.ASTANA_MIO, "service_month", "2026-02", "records", 2,
                        "guaranteed", new BigDecimal("75511.04"), "to_supplier", new BigDecimal("66449.72")),
                Map.of("mio_bin", ActsFile.ALMATY_MIO, "service_month", "2026-02", "records", 1,
                        "guaranteed", new BigDecimal("37755.52"), "to_supplier", new BigDecimal("33224.86")));
        assertThat(jdbc.queryForList("select mio_bin, records, amount from funding_request where cycle_month = '2026-03' order by mio_bin"))
                .containsExactly(
                        Map.of("mio_bin", ActsFile.ASTANA_MIO, "records", 3, "amount", new BigDecimal("96655.53")),
                        Map.of("mio_bin", ActsFile.ALMATY_MIO, "records", 1, "amount", new BigDecimal("33224.86")));
        assertThat(count("select count(*) from record_with_state where state = 'REQUESTED' and requested_in = '2026-03'")).isEqualTo(4);
        assertThat(cellsOf(outbox(MARCH).resolve("funding-need.xlsx"))).contains("2025-12", "ИТОГО", "129880.39");
    }

    @Test
    void recordsFormedAfterTheNeedGoToTheNextMonthsNeed() throws Exception {
        formMarchRecords();
        formNeed(MARCH, LocalDate.of(2026, 3, 16));

        // A record formed after the need of March was formed (a late intake of the same cycle).
        jdbc.execute("""
                create temp table late_record as select * from reimbursement_record where act_number = 'ALM-1';
                update late_record set record_id = record_id + 900, line = line + 900, act_number = 'ALM-AFTER',
                  order_number = 'ORD-AFTER';
                insert into reimbursement_record select * from late_record;
                drop table late_record;
                """);
        formNeed(APRIL, LocalDate.of(2026, 4, 15));

        assertThat(jdbc.queryForObject("select requested_in from record_with_state where act_number = 'ALM-AFTER'", String.class))
                .isEqualTo("2026-04");
        assertThat(jdbc.queryForList("select mio_bin, records, amount from funding_request where cycle_month = '2026-04'"))
                .containsExactly(Map.of("mio_bin", ActsFile.ALMATY_MIO, "records", 1, "amount", new BigDecimal("33224.86")));
        assertThat(count("select sum(records) from funding_need where cycle_month = '2026-03'")).isEqualTo(4);
        assertThat(count("select count(*) from record_with_state where requested_in = '2026-03'")).isEqualTo(4);
    }

    @Test
    void fundingRequestDueDateSkipsTheWeekendAndTheNauryzHolidays() throws Exception {
        formMarchRecords();

        // Friday 20 March 2026; 21–22 weekend, 23–25 Nauryz: the 1st working day is Thursday 26, the 2nd Friday 27.
        formNeed(MARCH, LocalDate.of(2026, 3, 20));

        assertThat(jdbc.queryForList("select distinct formed_on, due_by from funding_request where cycle_month = '2026-03'"))
                .containsExactly(Map.of("formed_on", java.sql.Date.valueOf("2026-03-20"), "due_by", java.sql.Date.valueOf("2026-03-27")));
        List<String> request = cellsOf(outbox(MARCH).resolve("funding-request_" + ActsFile.ASTANA_MIO + ".xlsx"));
        assertThat(String.join("\n", request))
                .contains("Заявка о сумме потребности", ActsFile.ASTANA_MIO, "не позднее 27.03.2026",
                        "Девяносто шесть тысяч шестьсот пятьдесят пять тенге 53 тиын");
    }

    static List<String> cellsOf(Path xlsx) throws Exception {
        List<String> cells = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    cells.add(switch (cell.getCellType()) {
                        case NUMERIC -> org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                                : new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
                        case STRING -> cell.getStringCellValue();
                        default -> "";
                    });
                }
            }
        }
        return cells;
    }
}
