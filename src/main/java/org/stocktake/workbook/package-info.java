/**
 * Reading return workbooks. The only entry point is {@link org.stocktake.workbook.Workbooks#open}; POI is used
 * in this package only.
 *
 * <ul>
 *   <li>{@code .xlsx}/{@code .xlsm} (and Strict OOXML): the zip is read with {@code java.util.zip}, parts are
 *       found through their relationships, and every part is parsed with StAX (DTDs and external entities off;
 *       a DOCTYPE is refused). Shared strings are held in one char array. A sheet is one streaming pass:
 *       {@code stream()} holds one row at a time; {@code grid()} holds a small sheet (at most
 *       {@link org.stocktake.workbook.WorkbookLimits#maxGridCells()} cells), fills merged regions and evaluates
 *       formulas that have no cached value in a throwaway in-memory POI workbook.</li>
 *   <li>While streaming, formulas without a cached value are not evaluated (they come out as
 *       {@code FORMULA_ERROR} cells saying so) and merged regions are not filled.</li>
 *   <li>{@code .xls} (BIFF8): POI HSSF usermodel, formula cells through their cached results.</li>
 *   <li>Limits and the zip-bomb policy: {@link org.stocktake.workbook.WorkbookLimits}.</li>
 * </ul>
 */
package org.stocktake.workbook;
