package org.stocktake.validation;

/** How a message names a place: {@code Funding!F14}, or {@code 'Family records'!A12} when the name has spaces. */
final class Places {

    private Places() {
    }

    static String of(String sheet, String ref) {
        String name = sheet.matches("[A-Za-z0-9_]+") ? sheet : "'" + sheet.replace("'", "''") + "'";
        return ref.isEmpty() ? name : name + "!" + ref;
    }
}
