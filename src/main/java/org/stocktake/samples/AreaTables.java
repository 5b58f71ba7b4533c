package org.stocktake.samples;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.stocktake.samples.SampleModel.AreaInfo;
import org.stocktake.samples.SampleModel.RegisterRow;
import org.stocktake.standard.CodeList;
import org.stocktake.standard.Period;

/**
 * The sample areas: the pilot register, what the samples assume of each area (e-mail domain, family reference
 * prefix, cohort size) and the areas the deliberate findings are made on.
 */
final class AreaTables {

    private static final String FWMP = CodeList.FAMILIES_WITH_MULTIPLE_PROBLEMS;
    private static final String WHOLE = CodeList.WHOLE_PLACE;

    /**
     * The Community Budget pilot register: the 16 phase-1 pilots (live 1 April 2011) and the whole-place pilots
     * from 2012-13. Source: public reporting of the programme (copied from the project's shared reference data,
     * {@code community-budget-pilots.csv}).
     */
    static final List<RegisterRow> REGISTER = List.of(
            reg("E08000025", "Birmingham", FWMP, "2011-12 Q1", null),
            reg("E06000008", "Blackburn with Darwen", FWMP, "2011-12 Q1", null),
            reg("E06000009", "Blackpool", FWMP, "2011-12 Q1", null),
            reg("E08000032", "Bradford", FWMP, "2011-12 Q1", null),
            reg("E10000012", "Essex", FWMP, "2011-12 Q1", "2011-12 Q4"),
            reg("E10000012", "Essex", WHOLE, "2012-13 Q1", null),
            reg("E11000001", "Greater Manchester", FWMP, "2011-12 Q1", "2011-12 Q4"),
            reg("E11000001", "Greater Manchester", WHOLE, "2012-13 Q1", null),
            reg("E06000010", "Kingston upon Hull", FWMP, "2011-12 Q1", null),
            reg("E10000016", "Kent", FWMP, "2011-12 Q1", null),
            reg("E10000018", "Leicestershire", FWMP, "2011-12 Q1", null),
            reg("E10000019", "Lincolnshire", FWMP, "2011-12 Q1", null),
            reg("E09000003", "Barnet", FWMP, "2011-12 Q1", null),
            reg("E09000008", "Croydon", FWMP, "2011-12 Q1", null),
            reg("E09000019", "Islington", FWMP, "2011-12 Q1", null),
            reg("E09000023", "Lewisham", FWMP, "2011-12 Q1", null),
            reg("E06000030", "Swindon", FWMP, "2011-12 Q1", null),
            reg("E09000033", "Westminster", FWMP, "2011-12 Q1", "2011-12 Q4"),
            reg("E09000033", "Westminster", WHOLE, "2012-13 Q1", null),
            reg("E06000050", "Cheshire West and Chester", WHOLE, "2012-13 Q1", null));

    /**
     * Cohort sizes (families identified by 2011-12 Q4) total 22,990 over the 16 phase-1 pilots, from 190 to 4,180
     * per area, after public reporting of the programme. Synthetic apart from those bounds and the total.
     */
    static final Map<String, AreaInfo> AREAS = areas(
            new AreaInfo("E08000025", "Birmingham", "birmingham.gov.uk", "BHM", 4180, true),
            new AreaInfo("E06000008", "Blackburn with Darwen", "blackburn.gov.uk", "BWD", 610, false),
            new AreaInfo("E06000009", "Blackpool", "blackpool.gov.uk", "BPL", 720, true),
            new AreaInfo("E08000032", "Bradford", "bradford.gov.uk", "BRD", 2260, false),
            new AreaInfo("E10000012", "Essex", "essex.gov.uk", "ESX", 2170, false),
            new AreaInfo("E11000001", "Greater Manchester", "agma.gov.uk", "GMC", 3020, false),
            new AreaInfo("E06000010", "Kingston upon Hull", "hullcc.gov.uk", "HUL", 1340, false),
            new AreaInfo("E10000016", "Kent", "kent.gov.uk", "KNT", 2780, false),
            new AreaInfo("E10000018", "Leicestershire", "leics.gov.uk", "LEI", 810, false),
            new AreaInfo("E10000019", "Lincolnshire", "lincolnshire.gov.uk", "LIN", 1190, false),
            new AreaInfo("E09000003", "Barnet", "barnet.gov.uk", "BNT", 680, false),
            new AreaInfo("E09000008", "Croydon", "croydon.gov.uk", "CRY", 910, false),
            new AreaInfo("E09000019", "Islington", "islington.gov.uk", "ISL", 560, true),
            new AreaInfo("E09000023", "Lewisham", "lewisham.gov.uk", "LEW", 840, false),
            new AreaInfo("E06000030", "Swindon", "swindon.gov.uk", "SWI", 190, true),
            new AreaInfo("E09000033", "Westminster", "westminster.gov.uk", "WCC", 730, false),
            new AreaInfo("E06000050", "Cheshire West and Chester", "cheshirewestandchester.gov.uk", "CWC", 1240,
                    false));

    static final String LEICESTERSHIRE = "E10000018";
    static final String CHESHIRE = "E06000050";
    static final String LEWISHAM = "E09000023";
    /** The ledger's extra DWP payment to Lewisham in 2012-13 Q2, which its return does not show. */
    static final long LEDGER_MISMATCH_PENCE = 2_500_000;

    private AreaTables() {
    }

    static Optional<RegisterRow> rowFor(String areaCode, Period p) {
        return REGISTER.stream().filter(r -> r.areaCode().equals(areaCode) && r.covers(p)).findFirst();
    }

    private static RegisterRow reg(String code, String name, String strand, String first, String last) {
        return new RegisterRow(code, name, strand, Period.of(first), last == null ? null : Period.of(last));
    }

    private static Map<String, AreaInfo> areas(AreaInfo... infos) {
        Map<String, AreaInfo> m = new LinkedHashMap<>();
        for (AreaInfo a : infos) {
            m.put(a.code(), a);
        }
        return Collections.unmodifiableMap(m);
    }
}
