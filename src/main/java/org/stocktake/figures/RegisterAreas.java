package org.stocktake.figures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.stocktake.standard.Period;

/** The areas the register expects a return from for a period: first_period ≤ P ≤ last_period (null = for ever). */
final class RegisterAreas {

    record Area(String code, String name, String strand) {
    }

    private final JdbcTemplate jdbc;

    RegisterAreas(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Area> expected(Period period) {
        Map<String, Area> areas = new LinkedHashMap<>();
        jdbc.query("SELECT area_code, area_name, strand, first_period, last_period FROM register_entry "
                + "ORDER BY area_code, first_period", rs -> {
            Period first = Period.of(rs.getString(4));
            String last = rs.getString(5);
            boolean expected = !period.isBefore(first) && (last == null || !period.isAfter(Period.of(last)));
            if (expected) {
                areas.putIfAbsent(rs.getString(1), new Area(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        });
        return List.copyOf(areas.values());
    }
}
