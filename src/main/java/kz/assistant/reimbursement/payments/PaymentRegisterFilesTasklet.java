package kz.assistant.reimbursement.payments;

import kz.assistant.reimbursement.system.TableStatistics;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import kz.assistant.reimbursement.files.AtomicFile;
import kz.assistant.reimbursement.money.AmountInWords;
import kz.assistant.reimbursement.spreadsheet.FormColumn;
import kz.assistant.reimbursement.spreadsheet.FormSpreadsheet;
import kz.assistant.reimbursement.system.HomeFolder;
import kz.assistant.reimbursement.system.ParallelWork;
import java.util.concurrent.atomic.AtomicLong;
import kz.assistant.reimbursement.system.MonthNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Writes {@code payment-register_<bic>_<n>.xml} (pain.001.001.03, validated against the schema before
 * it is renamed into the outbox) and {@code payment-register_<bic>_<n>.xlsx} for every register of
 * the cycle whose file is not in the outbox yet: the registers of this run, and any whose file a
 * crashed run did not write. A file already there is left alone, so a run that paid nothing writes
 * nothing.
 */
public class PaymentRegisterFilesTasklet implements Tasklet {

    static final List<FormColumn> COLUMNS = List.of(
            FormColumn.integer("№ п/п", 6),
            FormColumn.text("Референс платежа", 20),
            FormColumn.text("Номер акта", 16),
            FormColumn.text("Наименование (Ф.И.О.) поставщика", 30),
            FormColumn.text("ИИК (IBAN) поставщика", 24),
            FormColumn.month("Период возмещения", 11),
            FormColumn.money("Сумма, тенге", 15));

    private static final Logger log = LoggerFactory.getLogger(PaymentRegisterFilesTasklet.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final YearMonth cycle;
    private final HomeFolder home;
    private final PaymentsProperties payer;
    private final JdbcTemplate jdbc;
    private final ParallelWork parallel;

    public PaymentRegisterFilesTasklet(YearMonth cycle, HomeFolder home, PaymentsProperties payer, JdbcTemplate jdbc,
                                       ParallelWork parallel) {
        this.cycle = cycle;
        this.home = home;
        this.payer = payer;
        this.jdbc = jdbc;
        this.parallel = parallel;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        TableStatistics.refresh(jdbc, "payment", "payment_register");
        Path outbox = home.outbox(cycle);
        List<PaymentRegister> registers = jdbc.query("""
                select g.id, g.cycle_month, g.bic, o.name, g.run_number, g.message_id, g.payments, g.total, g.created_at
                from payment_register g join authorized_organization o on o.bic = g.bic
                where g.cycle_month = ? order by g.id
                """, (rs, i) -> new PaymentRegister(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                rs.getString(6), rs.getInt(7), rs.getBigDecimal(8), rs.getObject(9, OffsetDateTime.class)), cycle.toString());
        PaymentCodes codes = PaymentCodes.load(jdbc);
        AtomicLong written = new AtomicLong();
        // Registers are independent files: one per core.
        parallel.forEach(registers, register -> written.addAndGet(writeFiles(outbox, register, codes)));
        contribution.incrementWriteCount(written.get());
        return RepeatStatus.FINISHED;
    }

    /**
     * The register's missing files from one pass over its payments: the query joins the payments with
     * the wide records, a scan of the whole record table, so the XML and the xlsx share it. The XML is
     * validated and renamed into the outbox first; the xlsx is finished only after it.
     */
    private int writeFiles(Path outbox, PaymentRegister register, PaymentCodes codes) throws Exception {
        Path xmlTarget = outbox.resolve(register.fileName("xml"));
        Path xlsxTarget = outbox.resolve(register.fileName("xlsx"));
        boolean xml = !Files.exists(xmlTarget);
        boolean xlsx = !Files.exists(xlsxTarget);
        if (!xml && !xlsx) {
            return 0;
        }
        try (AtomicFile.Pending pending = xml ? AtomicFile.begin(xmlTarget) : null;
             FormSpreadsheet form = xlsx ? FormSpreadsheet.create(xlsxTarget, "Реестр") : null) {
            Pain001Writer writer = xml ? Pain001Writer.start(pending.stream(), register, payer) : null;
            if (form != null) {
                header(form, register);
            }
            long[] n = {0};
            payments(register, rs -> {
                RegisteredPayment p = payment(rs, codes);
                if (writer != null) {
                    try {
                        writer.payment(p);
                    } catch (javax.xml.stream.XMLStreamException e) {
                        throw new IllegalStateException("Cannot write " + xmlTarget.getFileName(), e);
                    }
                }
                if (form != null) {
                    form.row(++n[0], p.reference(), p.actNumber(), p.supplierName(), p.supplierIban(),
                            YearMonth.parse(p.serviceMonth()), p.amount());
                }
            });
            if (writer != null) {
                writer.finish();
                Pain001Schema.validate(pending.tempPath(), xmlTarget.getFileName().toString());
                pending.commit();
                log.info("Payment register {} written: {} payments, {} KZT", xmlTarget.getFileName(), register.payments(),
                        register.total());
            }
            if (form != null) {
                footer(form, register);
                form.finish();
            }
        }
        return (xml ? 1 : 0) + (xlsx ? 1 : 0);
    }

    private void header(FormSpreadsheet form, PaymentRegister register) {
        form.title("Реестр платежных поручений",
                        "на перечисление возмещения стоимости услуг индивидуального помощника")
                .headerLines("Плательщик: " + payer.debtorName(),
                        "Уполномоченная организация: " + register.bankName() + " (БИК " + register.bic() + ")",
                        "Месяц на выплату: " + MonthNames.nominative(YearMonth.parse(register.cycleMonth())),
                        "Реестр № " + register.runNumber() + " от "
                                + DATE.format(register.createdAt().atZoneSameInstant(ZoneId.of("Asia/Almaty"))),
                        "Идентификатор сообщения (MsgId): " + register.messageId())
                .columns(COLUMNS);
    }

    private static void footer(FormSpreadsheet form, PaymentRegister register) {
        BigDecimal total = register.total();
        form.totals("ИТОГО", Map.of(6, total))
                .textLine("Количество платежей: " + register.payments())
                .textLine("Итого прописью: " + AmountInWords.of(total))
                .signatures("Руководитель ____________________ (Ф.И.О.)", "Главный бухгалтер ____________________ (Ф.И.О.)");
    }

    private void payments(PaymentRegister register, RowCallbackHandler each) {
        jdbc.query("""
                select p.payment_reference, r.act_number, r.service_month, r.supplier_name, p.supplier_iban, p.bic, p.amount,
                  p.attempt, p.from_returned_money, r.supplier_id, r.assistant_iin
                from payment p join reimbursement_record r on r.record_id = p.record_id
                where p.register_id = ? order by p.payment_reference
                """, each, register.id());
    }

    private static RegisteredPayment payment(java.sql.ResultSet rs, PaymentCodes codes) throws java.sql.SQLException {
        String supplierId = rs.getString(10);
        SupplierKind kind = SupplierKind.of(supplierId, rs.getString(11));
        return new RegisteredPayment(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getBigDecimal(7), rs.getInt(8), rs.getBoolean(9), supplierId, kind, codes.of(kind));
    }
}
