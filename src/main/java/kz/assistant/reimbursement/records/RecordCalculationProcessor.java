package kz.assistant.reimbursement.records;

import java.time.YearMonth;

import kz.assistant.reimbursement.calculation.GuaranteedSumCalculator;
import kz.assistant.reimbursement.calculation.SumParts;
import kz.assistant.reimbursement.exemptions.ExemptionBook;
import kz.assistant.reimbursement.reference.RateYear;
import kz.assistant.reimbursement.reference.ReferenceData;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Turns an accepted act into its reimbursement record: the act's own year's rates (п.13: late acts keep their period). */
public class RecordCalculationProcessor implements ItemProcessor<ActToCalculate, ReimbursementRecord> {

    private final YearMonth cycle;
    private final ReferenceData reference;
    private final ExemptionBook exemptions;
    private final GuaranteedSumCalculator calculator = new GuaranteedSumCalculator();

    public RecordCalculationProcessor(YearMonth cycle, ReferenceData reference, ExemptionBook exemptions) {
        this.cycle = cycle;
        this.reference = reference;
        this.exemptions = exemptions;
    }

    @Override
    public ReimbursementRecord process(ActToCalculate item) {
        RateYear rate = reference.rateOf(item.serviceMonth().getYear()).orElseThrow(() -> new IllegalStateException(
                "No rates for " + item.serviceMonth().getYear() + " (line " + item.line() + "): load rates.csv and restart"));
        ExemptionBook.Flags flags = exemptions.flagsFor(item.assistantIin(), item.serviceMonth());
        SumParts sum = calculator.calculate(item.hours(), item.serviceCost(), rate, flags, item.priorGuaranteed());
        return new ReimbursementRecord(ReimbursementRecord.idOf(cycle, item.line()), cycle, item.line(), rate.hourRate(), sum, flags);
    }
}
