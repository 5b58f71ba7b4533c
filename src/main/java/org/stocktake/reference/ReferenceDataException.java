package org.stocktake.reference;

/** A reference file refused as a whole (standard §7): names the file, the line and the reason. */
public final class ReferenceDataException extends Exception {

    public ReferenceDataException(String file, long line, String reason) {
        super(line > 0 ? file + " line " + line + ": " + reason : file + ": " + reason);
    }
}
