package org.stocktake.template;

/** A template cannot be written for the area and period asked for; the message says why, for a person. */
public final class TemplateException extends RuntimeException {

    TemplateException(String message) {
        super(message);
    }
}
