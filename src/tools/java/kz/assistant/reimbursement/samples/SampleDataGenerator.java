package kz.assistant.reimbursement.samples;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.TreeSet;

import kz.assistant.reimbursement.identity.IdentityNumber;
import kz.assistant.reimbursement.identity.KazakhIban;
import kz.assistant.reimbursement.samples.PilotReference.AuthorizedOrganization;
import kz.assistant.reimbursement.samples.PilotReference.Mio;

/**
 * Writes a PSU acts file and an OOP exemptions answer for one cycle month, for demos and load
 * tests: {@code --acts N --month YYYY-MM --out DIR --seed S [--bad K]}.
 *
 * <p>The same arguments always give the same bytes. Everything is streamed: people, suppliers and
 * IINs are derived from (seed, kind, index) instead of being kept in pools, so a million acts need
 * no more memory than a hundred.
 */
public final class SampleDataGenerator {

    public static final String ACTS_FILE = "psu-acts.csv";
    public static final String EXEMPTIONS_FILE = "oop-exemptions.csv";
    public static final String ACTS_HEADER = "act_number;act_received;service_month;order_number;decision_number;"
            + "oblast;region;mio_bin;person_iin;person_name;supplier_id;supplier_name;assistant_iin;assistant_name;"
            + "service_days;hours;supplier_iban;supplier_bic";
    public static final String EXEMPTIONS_HEADER = "iin;opv_exempt;osms_exempt;basis;valid_from;valid_to";

    /** One deliberate defect per bad row, each matching one check of п.25. */
    public enum BadRowKind {
        WRONG_IIN_CHECK_DIGIT, ASSISTANT_IS_PERSON, HOURS_OVER_LIMIT, HOURS_THREE_DECIMALS,
        SERVICE_MONTH_NOT_BEFORE_CYCLE, BAD_IBAN_CHECK_DIGITS, UNKNOWN_BANK_CODE, BIC_NOT_MATCHING_BANK,
        UNKNOWN_MIO, MISSING_ACT_NUMBER, DUPLICATE_ACT_NUMBER, DUPLICATE_ORDER_AND_MONTH, MALFORMED_DATE,
        DAYS_OUT_OF_RANGE, NONEXISTENT_BIRTH_DATE
    }

    /** A bad row and its line in the acts file (the header is line 1). */
    public record BadRow(long line, BadRowKind kind) {
    }

    public record Result(long goodActs, List<BadRow> badRows, long exemptions) {
    }

    // Shuffling a bounded window keeps an assistant's acts apart without holding the whole file.
    private static final int SHUFFLE_WINDOW = 512;
    private static final double LATE_SHARE = 0.03;
    private static final double EXEMPT_SHARE = 0.08;

    private static final long KIND_PERSON = 0;
    private static final long KIND_ASSISTANT = 1;
    private static final long KIND_OWNER = 2;
    private static final long KIND_NGO = 3;
    private static final long KIND_IP = 4;

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final LocalDate OLDEST_BIRTH = LocalDate.of(1940, 1, 1);
    private static final LocalDate YOUNGEST_BIRTH = LocalDate.of(2005, 12, 31);
    private static final int BIRTH_DAYS = (int) ChronoUnit.DAYS.between(OLDEST_BIRTH, YOUNGEST_BIRTH) + 1;
    // IIN "bases" (birth day, sex, 3 serial digits); the 4th serial digit is left free for the check digit
    private static final long IIN_BASES = (long) BIRTH_DAYS * 2 * 1000;
    // A prime above every factor of IIN_BASES, so multiplying by it permutes the bases
    private static final long IIN_STRIDE = 1_000_003L;
    private static final int IIN_KINDS = 3;

    private final int acts;
    private final YearMonth cycle;
    private final long seed;
    private final SplittableRandom random;
    private final long iinOffset;
    private final int ngosPerMio;
    private final int ipsPerMio;

    private final Map<Long, SampleAct.Supplier> ngoCache = new HashMap<>();
    private long nextPerson;
    private long nextAssistant;
    private long actSequence;
    private SampleAct lastGood;

    private SampleDataGenerator(int acts, YearMonth cycle, long seed) {
        this.acts = acts;
        this.cycle = cycle;
        this.seed = seed;
        this.random = new SplittableRandom(seed);
        this.iinOffset = Math.floorMod(SampleIdentities.mix(seed, 99, 0), IIN_BASES);
        // an NGO serves some 60 acts a month, a sole proprietor some 15
        this.ngosPerMio = (int) Math.min(3000, Math.max(2, Math.ceil(acts * 0.4 / (3 * 60.0))));
        this.ipsPerMio = (int) Math.max(2, Math.ceil(acts * 0.3 / (3 * 15.0)));
    }

    public static void main(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                usage("unexpected argument " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        for (String required : List.of("acts", "month", "out", "seed")) {
            if (!options.containsKey(required)) {
                usage("missing --" + required);
            }
        }
        try {
            Result result = generate(Integer.parseInt(options.get("acts")), YearMonth.parse(options.get("month")),
                    Path.of(options.get("out")), Long.parseLong(options.get("seed")),
                    Integer.parseInt(options.getOrDefault("bad", "0")));
            System.out.printf("%d acts, %d bad rows, %d exemptions written to %s%n", result.goodActs(),
                    result.badRows().size(), result.exemptions(), options.get("out"));
            for (BadRow bad : result.badRows()) {
                System.out.printf("  line %d: %s%n", bad.line(), bad.kind());
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            usage(e.getMessage());
        } catch (IOException e) {
            System.err.println("cannot write sample data: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: --acts N --month YYYY-MM --out DIR --seed S [--bad K]");
        System.exit(2);
    }

    /** Writes {@code psu-acts.csv} and {@code oop-exemptions.csv} into {@code outDir}. */
    public static Result generate(int acts, YearMonth cycleMonth, Path outDir, long seed, int bad) throws IOException {
        if (acts < 1 || bad < 0) {
            throw new IllegalArgumentException("at least one act and no negative number of bad rows");
        }
        Files.createDirectories(outDir);
        try (BufferedWriter actsOut = Files.newBufferedWriter(outDir.resolve(ACTS_FILE), StandardCharsets.UTF_8);
             BufferedWriter exemptionsOut = Files.newBufferedWriter(outDir.resolve(EXEMPTIONS_FILE),
                     StandardCharsets.UTF_8)) {
            return new SampleDataGenerator(acts, cycleMonth, seed).write(actsOut, exemptionsOut, bad);
        }
    }

    private Result write(Writer actsOut, Writer exemptionsOut, int bad) throws IOException {
        actsOut.write(ACTS_HEADER + "\n");
        exemptionsOut.write(EXEMPTIONS_HEADER + "\n");
        long total = (long) acts + bad;
        TreeSet<Long> badPositions = badPositions(total, bad);
        List<BadRowKind> kinds = new ArrayList<>(Arrays.asList(BadRowKind.values()));
        shuffle(kinds);

        List<BadRow> badRows = new ArrayList<>();
        long exemptions = 0;
        long generated = 0;
        long row = 0;
        List<SampleAct> window = new ArrayList<>(SHUFFLE_WINDOW + 3);
        while (generated < acts) {
            while (window.size() < SHUFFLE_WINDOW && generated < acts) {
                Assistant assistant = assistant(nextAssistant++);
                if (assistant.exemption != null) {
                    exemptionsOut.write(assistant.exemption + "\n");
                    exemptions++;
                }
                int actsOfAssistant = pickActsPerAssistant();
                for (int i = 0; i < actsOfAssistant && generated < acts; i++) {
                    window.add(act(assistant, actsOfAssistant));
                    generated++;
                }
            }
            shuffle(window);
            for (SampleAct act : window) {
                while (badPositions.contains(row)) {
                    BadRowKind kind = kinds.get(badRows.size() % kinds.size());
                    actsOut.write(badRow(kind).toCsv() + "\n");
                    badRows.add(new BadRow(row + 2, kind));
                    row++;
                }
                act.actNumber = nextActNumber();
                actsOut.write(act.toCsv() + "\n");
                lastGood = act;
                row++;
            }
            window.clear();
        }
        while (badPositions.contains(row)) {
            BadRowKind kind = kinds.get(badRows.size() % kinds.size());
            actsOut.write(badRow(kind).toCsv() + "\n");
            badRows.add(new BadRow(row + 2, kind));
            row++;
        }
        return new Result(acts, List.copyOf(badRows), exemptions);
    }

    /** Never row 0: a duplicate needs an earlier good act to duplicate. */
    private TreeSet<Long> badPositions(long total, int bad) {
        TreeSet<Long> positions = new TreeSet<>();
        while (positions.size() < bad) {
            positions.add(1 + random.nextLong(total - 1));
        }
        return positions;
    }

    private int pickActsPerAssistant() {
        int roll = random.nextInt(100);
        return roll < 40 ? 1 : roll < 75 ? 2 : 3;
    }

    private String nextActNumber() {
        return String.format("ACT-%s-%06d", cycle, ++actSequence);
    }

    // ---------------------------------------------------------------- acts

    private SampleAct act(Assistant assistant, int actsOfAssistant) {
        YearMonth serviceMonth = random.nextDouble() < LATE_SHARE
                ? cycle.minusMonths(2 + random.nextInt(3))
                : cycle.minusMonths(1);
        SampleAct act = new SampleAct();
        act.actReceived = cycle.atDay(1 + random.nextInt(13)).toString();
        act.serviceMonth = serviceMonth.toString();
        long personIndex = nextPerson++;
        act.orderNumber = orderNumber(personIndex);
        act.decisionNumber = String.format("DEC-%d-%06d",
                serviceMonth.getYear() - random.nextInt(2), random.nextInt(1_000_000));
        act.oblast = assistant.mio.oblast();
        act.region = assistant.mio.districts().get(random.nextInt(assistant.mio.districts().size()));
        act.mioBin = assistant.mio.bin();
        SamplePerson person = person(KIND_PERSON, personIndex);
        act.personIin = person.iin();
        act.personName = person.name();
        act.assistantIin = assistant.person.iin();
        act.assistantName = assistant.person.name();
        act.supplier = assistant.supplier;
        int days = serviceMonth.lengthOfMonth();
        act.serviceDays = random.nextInt(100) < 55 ? days : 1 + random.nextInt(days);
        act.hours = hours(act.serviceDays, actsOfAssistant);
        return act;
    }

    /** Quarter hours mostly (120.5, 37.25), sometimes a tenth; never more than 8 a day. */
    private BigDecimal hours(int days, int actsOfAssistant) {
        int[] perDay = {2, 3, 4, 4, 5, 6, 6, 7, 8, 8};
        int daily = perDay[random.nextInt(perDay.length)];
        if (actsOfAssistant > 1) {
            daily = Math.max(1, daily / actsOfAssistant + 1);
        }
        long quarters = (long) days * daily * 4 + random.nextInt(7) - 3;
        quarters = Math.max(1, Math.min(quarters, days * 32L));
        BigDecimal hours = BigDecimal.valueOf(quarters).divide(BigDecimal.valueOf(4));
        if (random.nextInt(100) < 5 && hours.compareTo(BigDecimal.ONE) > 0) {
            hours = hours.subtract(new BigDecimal("0.1"));
        }
        return hours;
    }

    /** Unique for every act: a fixed multiplier coprime with 10^8 permutes the person index. */
    private String orderNumber(long personIndex) {
        return String.format("ORD-%08d", Math.floorMod(personIndex * 7919L + SampleIdentities.mix(seed, 7, 0), 100_000_000L));
    }

    // ---------------------------------------------------------------- bad rows

    private SampleAct badRow(BadRowKind kind) {
        SampleAct bad = lastGood.copy();
        bad.actNumber = nextActNumber();
        if (kind != BadRowKind.DUPLICATE_ORDER_AND_MONTH) {
            long personIndex = nextPerson++;
            SamplePerson person = person(KIND_PERSON, personIndex);
            bad.personIin = person.iin();
            bad.personName = person.name();
            bad.orderNumber = orderNumber(personIndex);
        }
        switch (kind) {
            case WRONG_IIN_CHECK_DIGIT -> {
                char check = bad.personIin.charAt(11);
                bad.personIin = bad.personIin.substring(0, 11) + (char) ('0' + (check - '0' + 1) % 10);
            }
            case ASSISTANT_IS_PERSON -> {
                bad.personIin = bad.assistantIin;
                bad.personName = bad.assistantName;
            }
            case HOURS_OVER_LIMIT -> bad.hours = BigDecimal.valueOf(8L * bad.serviceDays).add(new BigDecimal("0.5"));
            case HOURS_THREE_DECIMALS -> bad.hours = new BigDecimal(4 * bad.serviceDays + ".125");
            case SERVICE_MONTH_NOT_BEFORE_CYCLE -> {
                bad.serviceMonth = cycle.toString();
                bad.serviceDays = Math.min(bad.serviceDays, cycle.lengthOfMonth());
                bad.hours = bad.hours.min(BigDecimal.valueOf(8L * bad.serviceDays));
            }
            case BAD_IBAN_CHECK_DIGITS -> {
                int check = Integer.parseInt(bad.supplier.iban().substring(2, 4));
                int wrong = check >= 98 ? check - 1 : check + 1;
                bad.supplier = bad.supplier.withBank(
                        String.format("KZ%02d", wrong) + bad.supplier.iban().substring(4), bad.supplier.bic());
            }
            case UNKNOWN_BANK_CODE -> {
                String code;
                do {
                    code = String.format("%03d", 100 + random.nextInt(900));
                } while (PilotReference.byBankCode(code).isPresent());
                bad.supplier = bad.supplier.withBank(
                        KazakhIban.withCheckDigits(code, bad.supplier.iban().substring(7)), bad.supplier.bic());
            }
            case BIC_NOT_MATCHING_BANK -> {
                List<AuthorizedOrganization> orgs = PilotReference.AUTHORIZED_ORGANIZATIONS;
                AuthorizedOrganization other;
                do {
                    other = orgs.get(random.nextInt(orgs.size()));
                } while (other.bic().equals(bad.supplier.bic()));
                bad.supplier = bad.supplier.withBank(bad.supplier.iban(), other.bic());
            }
            case UNKNOWN_MIO -> bad.mioBin = SampleIdentities.bin(new SplittableRandom(SampleIdentities.mix(seed, 98, actSequence)), 9000 + random.nextInt(1000));
            case MISSING_ACT_NUMBER -> bad.actNumber = "";
            case DUPLICATE_ACT_NUMBER -> bad.actNumber = lastGood.actNumber;
            case DUPLICATE_ORDER_AND_MONTH -> {
                // the same order and month claimed again under a new act number
            }
            case MALFORMED_DATE -> bad.actReceived = LocalDate.parse(bad.actReceived)
                    .format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            case DAYS_OUT_OF_RANGE -> bad.serviceDays = YearMonth.parse(bad.serviceMonth).lengthOfMonth() + 1;
            case NONEXISTENT_BIRTH_DATE -> bad.personIin = SampleIdentities.iinBornOnThirtiethOfFebruary(bad.personIin);
        }
        return bad;
    }

    // ---------------------------------------------------------------- people and suppliers

    private static final class Assistant {
        SamplePerson person;
        Mio mio;
        SampleAct.Supplier supplier;
        String exemption;
    }


    private Assistant assistant(long index) {
        SplittableRandom r = new SplittableRandom(SampleIdentities.mix(seed, KIND_ASSISTANT, index));
        Assistant assistant = new Assistant();
        assistant.person = person(KIND_ASSISTANT, index);
        int mioRoll = r.nextInt(100);
        int mioIndex = mioRoll < 35 ? 0 : mioRoll < 80 ? 1 : 2;
        assistant.mio = PilotReference.MIOS.get(mioIndex);
        double supplierRoll = r.nextDouble();
        if (supplierRoll < 0.4) {
            assistant.supplier = ngo((long) mioIndex * ngosPerMio + r.nextInt(ngosPerMio));
        } else if (supplierRoll < 0.7) {
            assistant.supplier = soleProprietor((long) mioIndex * ipsPerMio + r.nextInt(ipsPerMio));
        } else {
            SampleIdentities.Bank bank = SampleIdentities.bank(r);
            assistant.supplier = new SampleAct.Supplier(assistant.person.iin(), assistant.person.name(), bank.iban(), bank.bic());
        }
        if (r.nextDouble() < EXEMPT_SHARE) {
            assistant.exemption = SampleExemptions.exemption(r, assistant.person, cycle);
        }
        return assistant;
    }

    private SampleAct.Supplier ngo(long index) {
        return ngoCache.computeIfAbsent(index, i -> {
            SplittableRandom r = new SplittableRandom(SampleIdentities.mix(seed, KIND_NGO, i));
            String[] forms = {"ОФ", "ОФ", "ОО", "ТОО", "ЧУ"};
            String base = SampleNames.NGO_NAMES[(int) (i % SampleNames.NGO_NAMES.length)];
            String name = forms[r.nextInt(forms.length)] + " \"" + base
                    + (i >= SampleNames.NGO_NAMES.length ? "-" + (i / SampleNames.NGO_NAMES.length + 1) : "") + "\"";
            SampleIdentities.Bank bank = SampleIdentities.bank(r);
            // indexes from 100 on, so no NGO can draw an MIO's BIN
            return new SampleAct.Supplier(SampleIdentities.bin(r, 100 + i), name, bank.iban(), bank.bic());
        });
    }

    private SampleAct.Supplier soleProprietor(long index) {
        SplittableRandom r = new SplittableRandom(SampleIdentities.mix(seed, KIND_IP, index));
        SamplePerson owner = person(KIND_OWNER, index);
        SampleIdentities.Bank bank = SampleIdentities.bank(r);
        return new SampleAct.Supplier(owner.iin(), "ИП " + owner.name(), bank.iban(), bank.bic());
    }

    /**
     * Each (kind, index) maps to its own IIN base through a permutation, so two people never share
     * an IIN and a person is never his own assistant.
     */
    private SamplePerson person(long kind, long index) {
        long slot = index * IIN_KINDS + kind;
        if (slot >= IIN_BASES) {
            throw new IllegalStateException("too many people for distinct sample IINs");
        }
        long base = Math.floorMod(slot * IIN_STRIDE + iinOffset, IIN_BASES);
        LocalDate birth = OLDEST_BIRTH.plusDays(base / 2000);
        boolean female = (base % 2000) >= 1000;
        int serial3 = (int) (base % 1000);
        char century = birth.getYear() < 2000 ? (female ? '4' : '3') : (female ? '6' : '5');
        SplittableRandom r = new SplittableRandom(SampleIdentities.mix(seed, kind + 10, index));
        String iin = SampleIdentities.withFreeCheckDigit(birth.format(YYMMDD) + century + String.format("%03d", serial3), r.nextInt(10));
        return new SamplePerson(iin, SampleNames.name(r, female), female, birth);
    }

    private <T> void shuffle(List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T tmp = list.get(i);
            list.set(i, list.get(j));
            list.set(j, tmp);
        }
    }

}
