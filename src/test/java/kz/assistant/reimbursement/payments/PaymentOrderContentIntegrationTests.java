package kz.assistant.reimbursement.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import kz.assistant.reimbursement.cli.ExitCode;
import kz.assistant.reimbursement.cli.JobRunner;
import kz.assistant.reimbursement.cli.RunAudit;
import kz.assistant.reimbursement.fundingneed.FundingNeedJobConfiguration;
import kz.assistant.reimbursement.reimbursementlist.ReimbursementListJobConfiguration;
import kz.assistant.reimbursement.support.ActsFile;
import kz.assistant.reimbursement.support.IntegrationTest;
import kz.assistant.reimbursement.support.PaymentFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** п.16: what a Kazakh payment order carries, in the pain.001 the banks receive. */
class PaymentOrderContentIntegrationTests extends IntegrationTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final String NGO_BIN = ActsFile.ALMATY_MIO;   // any valid BIN serves as an NGO's

    @Autowired
    @Qualifier("paymentOrdersJob")
    private Job paymentOrdersJob;
    @Autowired
    private JobOperator jobOperator;
    @Autowired
    private JobRepository jobRepository;
    @Autowired
    private DataSource dataSource;
    @Autowired
    private RunAudit audit;
    @Autowired
    private kz.assistant.reimbursement.cli.JobPrerequisites prerequisites;

    @Test
    void eachPaymentCarriesItsBeneficiarysIinOrBinKnpAndTheKbeOfItsKindAndTheWholeActNumber() throws Exception {
        ActsFile acts = new ActsFile();
        String longAct = "ACT-" + "9".repeat(196);
        Map<String, String> person = acts.act();
        person.put("act_number", "PERSON-1");
        Map<String, String> soleProprietor = acts.act();
        soleProprietor.put("act_number", "IP-1");
        soleProprietor.put("supplier_id", ActsFile.iin("7703154", 40));
        Map<String, String> ngo = acts.act();
        ngo.put("act_number", longAct);
        ngo.put("supplier_id", NGO_BIN);
        acts.writeTo(inbox(MARCH));
        Files.writeString(inbox(MARCH).resolve("oop-exemptions.csv"), "iin;opv_exempt;osms_exempt;basis;valid_from;valid_to\n");
        assertThat(run(ReimbursementListJobConfiguration.JOB_NAME, MARCH).exitCode()).isEqualTo(ExitCode.COMPLETED);
        assertThat(run(FundingNeedJobConfiguration.JOB_NAME, MARCH).exitCode()).isEqualTo(ExitCode.COMPLETED);
        Files.writeString(inbox(MARCH).resolve("mio-transfers.csv"),
                "mio_bin;payment_order_number;payment_order_date;amount\n" + ActsFile.ASTANA_MIO + ";7;2026-03-17;99674.58\n");

        var outcome = run(PaymentOrdersJobConfiguration.JOB_NAME, MARCH);

        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCode.COMPLETED);
        Path xml = outbox(MARCH).resolve("payment-register_HSBKKZKX_1.xml");
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(Path.of("src/main/resources/iso20022/pain.001.001.03.xsd").toFile())
                .newValidator().validate(new StreamSource(xml.toFile()));
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(xml.toFile());
        NodeList transactions = doc.getElementsByTagNameNS(Pain001Writer.NAMESPACE, "CdtTrfTxInf");
        assertThat(transactions.getLength()).isEqualTo(3);
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < transactions.getLength(); i++) {
            Element tx = (Element) transactions.item(i);
            Element creditor = (Element) tx.getElementsByTagNameNS(Pain001Writer.NAMESPACE, "Cdtr").item(0);
            String scheme = text(creditor, "Prtry").get(0);
            String id = text(creditor, "Id").get(text(creditor, "Id").size() - 1);
            List<String> kinds = text(tx, "Tp");
            List<String> codes = text(tx, "Cd");
            String kbe = codes.get(kinds.indexOf("KBE"));
            String ustrd = String.join("", text(tx, "Ustrd"));
            assertThat(text(tx, "Ustrd")).allMatch(part -> part.length() <= 140);
            assertThat(text((Element) tx.getElementsByTagNameNS(Pain001Writer.NAMESPACE, "Purp").item(0), "Prtry")).containsExactly("859");
            assertThat(codes.get(kinds.indexOf("KNP"))).isEqualTo("859");
            seen.add(scheme + ":" + id + ":" + kbe + ":" + (ustrd.contains(longAct) ? "long act whole" : ustrd.substring(0, ustrd.indexOf(' ', 4))));
        }
        assertThat(seen).containsExactlyInAnyOrder(
                "IIN:" + person.get("supplier_id") + ":19:Акт PERSON-1",
                "IIN:" + soleProprietor.get("supplier_id") + ":19:Акт IP-1",
                "BIN:" + NGO_BIN + ":18:long act whole");
    }

    @Test
    void withoutThePayersAccountPaymentOrdersRefusesToRunAndNamesTheSettings() {
        PaymentOrdersSummary unconfigured = new PaymentOrdersSummary(jdbc, new PaymentsProperties(null, "", ""));
        JobRunner runner = new JobRunner(List.of(paymentOrdersJob), jobOperator, jobRepository, dataSource, audit, List.of(unconfigured),
                prerequisites);

        new PaymentFixtures(jdbc, runner, home).completed("funding-need", MARCH);

        JobRunner.Outcome outcome = runner.run(PaymentOrdersJobConfiguration.JOB_NAME, MARCH, false);

        assertThat(outcome.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(outcome.message()).contains("REIMBURSEMENT_DEBTOR_IBAN").contains("REIMBURSEMENT_DEBTOR_BIC");
        assertThat(count("select count(*) from batch_job_instance where job_name = 'payment-orders'")).isZero();
        assertThat(new PaymentsProperties(null, "KZ05070KZT0000000002", "NBRKKZKX").problem()).hasValueSatisfying(
                problem -> assertThat(problem).contains("not a valid Kazakh IBAN").doesNotContain("KZ05070KZT0000000002"));
    }

    private static List<String> text(Element parent, String element) {
        NodeList nodes = parent.getElementsByTagNameNS(Pain001Writer.NAMESPACE, element);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent());
        }
        return values;
    }
}
