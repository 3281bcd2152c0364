package kz.assistant.reimbursement.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

import kz.assistant.reimbursement.exemptions.ExemptionBook;
import kz.assistant.reimbursement.records.ActToCalculate;
import kz.assistant.reimbursement.records.ActToCalculateReader;
import kz.assistant.reimbursement.records.AssistantRange;
import kz.assistant.reimbursement.records.EarlierRecordsScope;
import kz.assistant.reimbursement.reference.RateYear;
import kz.assistant.reimbursement.reference.ReferenceDataRepository;
import kz.assistant.reimbursement.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * п.3: the guaranteed sum is 13.64 % of the MRP per hour, and the calculation computes it twice: in
 * Java for each act, and in the reader's SQL window for the sums of an assistant's earlier acts (the
 * OPV/OSMS caps). Both read the one hour price of the rate table, so they agree to the tiyn, also for
 * an MRP with tiyn of its own, where 13.64 % of it has more than four decimals.
 */
class HourPriceIntegrationTests extends IntegrationTest {

    private static final YearMonth CYCLE = YearMonth.of(2026, 3);
    private static final int ACTS_PER_MONTH = 1500;

    @Autowired
    private ReferenceDataRepository reference;

    @Test
    void javaAndTheSqlWindowGiveTheSameGuaranteedSumsToTheTiyn() throws Exception {
        // A year whose MRP has tiyn: 3 450.55 × 0.1364 = 470.65502, more decimals than the hour price keeps.
        jdbc.update("""
                insert into rate (year, mrp, mzp, so_rate, so_min_base_mzp, opv_cap_mzp, osms_cap_mzp)
                values (2023, 3450.55, 70000, 0.035, 1, 50, 10)
                """);
        insertActs("2023-12", "850101300013", 0);
        insertActs("2026-02", "850101300024", ACTS_PER_MONTH);
        Map<Integer, RateYear> rates = reference.load().rates();
        GuaranteedSumCalculator calculator = new GuaranteedSumCalculator();
        ExemptionBook.Flags notExempt = new ExemptionBook.Flags(false, false);

        Map<YearMonth, BigDecimal> javaSoFar = new HashMap<>();
        BigDecimal javaTotal = BigDecimal.ZERO;
        int compared = 0;
        JdbcCursorItemReader<ActToCalculate> reader = ActToCalculateReader.create(jdbc.getDataSource(), CYCLE, 500,
                AssistantRange.ALL, EarlierRecordsScope.of(jdbc, CYCLE));
        reader.open(new ExecutionContext());
        try {
            for (ActToCalculate act; (act = reader.read()) != null; ) {
                BigDecimal before = javaSoFar.getOrDefault(act.serviceMonth(), BigDecimal.ZERO);
                assertThat(act.priorGuaranteed()).as("line %d", act.line()).isEqualByComparingTo(before);
                BigDecimal guaranteed = calculator.calculate(act.hours(), rates.get(act.serviceMonth().getYear()),
                        notExempt, BigDecimal.ZERO).guaranteed();
                javaSoFar.put(act.serviceMonth(), before.add(guaranteed));
                javaTotal = javaTotal.add(guaranteed);
                compared++;
            }
        } finally {
            reader.close();
        }

        BigDecimal sqlTotal = jdbc.queryForObject("""
                select sum(round(a.hours * r.hour_rate, 2)) from act_intake a
                join rate r on r.year = cast(substr(a.service_month, 1, 4) as int)
                where a.cycle_month = ?
                """, BigDecimal.class, CYCLE.toString());
        assertThat(compared).isEqualTo(2 * ACTS_PER_MONTH);
        assertThat(javaTotal).isEqualByComparingTo(sqlTotal);
        // The worked example of docs/rules.md with the hour price the database computed.
        assertThat(calculator.calculate(new BigDecimal("120.5"), rates.get(2026), notExempt, BigDecimal.ZERO).guaranteed())
                .isEqualByComparingTo("71086.57");
    }

    /** One assistant's acts of a service month, hours from 0.01 to 16.00 with two decimals. */
    private void insertActs(String serviceMonth, String assistantIin, int firstLine) {
        jdbc.update("""
                insert into act_intake (cycle_month, line, act_number, act_received, service_month, order_number,
                  decision_number, oblast, region, mio_bin, person_iin, person_name, supplier_id, supplier_name,
                  assistant_iin, assistant_name, service_days, hours, supplier_iban, supplier_bic)
                select ?, ? + n, 'ACT-' || (? + n), date '2026-03-05', ?, 'ORD-' || (? + n), 'DEC-1', 'Область', 'Район',
                  '070340000111', '850101300011', 'Лицо', '850101300012', 'Поставщик', ?, 'Помощник',
                  20, ((n * 7919) % 1600 + 1) / 100.0, 'KZ000000000000000000', 'HSBKKZKX'
                from generate_series(1, ?) as n
                """, CYCLE.toString(), firstLine, firstLine, serviceMonth, firstLine, assistantIin, ACTS_PER_MONTH);
    }
}
