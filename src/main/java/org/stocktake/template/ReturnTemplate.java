package org.stocktake.template;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.stocktake.output.WholeFiles;
import org.stocktake.reference.Register;
import org.stocktake.reference.RegisterEntry;
import org.stocktake.standard.Period;
import org.stocktake.standard.ReturnLayout.Field;
import org.stocktake.workbook.CellAddress;

/**
 * The return template for one area and period, pre-filled from the register (standard §3), in the layout the
 * reader expects ({@link TemplateSheets}), so a template filled in by an officer imports as it stands: labels
 * in column A with values in column B (Cover and Families), the Funding header on row 3 with 30 input rows and
 * a Total row of SUM formulas straight after them, and empty Family records and Explanations tables (an empty
 * Family records table is not checked against the figures). Input cells are unlocked and every sheet is
 * protected without a password: the protection guards the layout, not secrets.
 *
 * <p>{@link #fillIn} writes a template as an officer has filled it in ({@link FilledReturn}): the sample
 * returns are written that way.
 */
public final class ReturnTemplate {

    private ReturnTemplate() {
    }

    /** {@code <out>/templates/E08000025-2012-13-Q2.xlsx}. */
    public static Path fileFor(Path outDir, String areaCode, Period period) {
        return outDir.resolve("templates").resolve(areaCode + "-" + period.fileName() + ".xlsx");
    }

    /**
     * Writes the template of an area for a period and returns where.
     *
     * @throws TemplateException when the register does not know the area or does not expect a return from it
     *                           for the period
     */
    public static Path write(Register register, String areaCode, Period period, Path outDir) {
        RegisterEntry entry = entryFor(register, areaCode, period);
        Path target = fileFor(outDir, entry.areaCode(), period);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            fillIn(wb, FilledReturn.of(entry, period));
            return WholeFiles.write(target, wb::write);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * Builds a template holding the given values into an empty workbook: an {@code XSSFWorkbook} for
     * {@code .xlsx}, or an {@code HSSFWorkbook} for a legacy {@code .xls} (an officer's "save as Excel 97-2003").
     * The Total row's formulas carry the cached values a spreadsheet program would have saved.
     */
    public static void fillIn(Workbook wb, FilledReturn values) {
        if (wb.getNumberOfSheets() > 0) {
            throw new IllegalArgumentException("the workbook to fill in must be empty");
        }
        new TemplateSheets(wb, values).build();
    }

    /** Where the template holds a label's value, such as {@code B5} for the Cover's Area name. */
    public static String valueRef(Field field) {
        return CellAddress.a1(TemplateSheets.labelRow(field) + 1, 1);
    }

    static RegisterEntry entryFor(Register register, String areaCode, Period period) {
        String code = areaCode == null ? "" : areaCode.strip().toUpperCase(Locale.ROOT);
        if (!register.knows(code)) {
            throw new TemplateException("area code \"" + areaCode + "\" is not in the register of pilot areas;"
                    + " check the code (an ONS GSS code such as E08000025) or add the area to pilots.csv");
        }
        return register.entryFor(code, period).orElseThrow(() -> new TemplateException("the register does not"
                + " expect a return from " + code + " (" + register.areaName(code).orElse("") + ") for " + period
                + "; its first period is " + register.firstPeriod(code).map(Period::toString).orElse("unknown")
                + (register.entries().stream().anyMatch(e -> e.areaCode().equals(code) && e.lastPeriod() != null)
                        ? ", and it may have left the programme" : "")));
    }
}
