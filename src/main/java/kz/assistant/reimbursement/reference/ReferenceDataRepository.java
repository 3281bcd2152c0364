package kz.assistant.reimbursement.reference;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads the reference tables into a {@link ReferenceData} snapshot. */
@Repository
public class ReferenceDataRepository {

    private final JdbcTemplate jdbc;

    public ReferenceDataRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public ReferenceData load() {
        Map<String, String> mios = new HashMap<>();
        Map<String, String> oblasts = new HashMap<>();
        jdbc.query("select mio_bin, name, oblast from mio", rs -> {
            mios.put(rs.getString(1), rs.getString(2));
            oblasts.put(rs.getString(1), rs.getString(3));
        });
        Map<String, String> banks = new HashMap<>();
        jdbc.query("select bank_code, bic from authorized_organization", rs -> {
            banks.put(rs.getString(1), rs.getString(2));
        });
        Map<Integer, RateYear> rates = new HashMap<>();
        jdbc.query("select year, mrp, mzp, so_rate, so_min_base_mzp, opv_cap_mzp, osms_cap_mzp, hour_rate from rate", rs -> {
            rates.put(rs.getInt(1), new RateYear(rs.getInt(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
                    rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8)));
        });
        return new ReferenceData(Map.copyOf(mios), Map.copyOf(banks), Map.copyOf(rates), Map.copyOf(oblasts));
    }

    public boolean isEmpty() {
        Integer mios = jdbc.queryForObject("select count(*) from mio", Integer.class);
        Integer rates = jdbc.queryForObject("select count(*) from rate", Integer.class);
        return mios == null || mios == 0 || rates == null || rates == 0;
    }
}
