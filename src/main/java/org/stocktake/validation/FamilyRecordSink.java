package org.stocktake.validation;

/**
 * Receives the valid family records while the sheet is streamed, so that a million records never sit in
 * memory. The caller stores them provisionally and discards them if the return is not accepted.
 */
@FunctionalInterface
public interface FamilyRecordSink {

    void accept(FamilyRecord record);
}
