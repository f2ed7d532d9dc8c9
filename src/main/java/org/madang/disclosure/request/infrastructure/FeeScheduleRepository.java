package org.madang.disclosure.request.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.madang.disclosure.request.domain.FeeItem;
import org.madang.disclosure.request.domain.FeeRate;
import org.madang.disclosure.request.domain.FeeSchedule;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The fee table as the migrations seeded it (disclosure_fee_rate, disclosure_fee_rule). Read at each
 * decision: four rows, and a revision of the table takes effect without a restart.
 */
@ApplicationScoped
public class FeeScheduleRepository {
    @PersistenceContext(unitName = "madang")
    EntityManager em;

    public FeeSchedule schedule() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select item, free_units, first_units, first_amount, unit_size, "
                + "step_amount from disclosure_fee_rate").getResultList();
        Map<FeeItem, FeeRate> rates = new EnumMap<>(FeeItem.class);
        for (Object[] r : rows) {
            rates.put(FeeItem.valueOf((String) r[0]), new FeeRate(((Number) r[1]).intValue(), ((Number) r[2]).intValue(),
                    ((Number) r[3]).longValue(), ((Number) r[4]).intValue(), ((Number) r[5]).longValue()));
        }
        Object[] rule = (Object[]) em.createNativeQuery(
                "select reduction_percent, truncation_unit from disclosure_fee_rule where id = 1").getSingleResult();
        return new FeeSchedule(rates, ((Number) rule[0]).intValue(), ((Number) rule[1]).longValue());
    }
}
