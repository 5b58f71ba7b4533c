package org.stocktake.intake;

/**
 * An upload whose Cover names an area the uploader may not upload for (standard §11.2): its import is rolled back, so
 * nothing of it is kept. Says nothing about the file (not even the area it names).
 */
public final class AreaRefusedException extends RuntimeException {

    AreaRefusedException() {
        super("the return's Cover names an area the uploader may not upload for", null, false, false);
    }
}
