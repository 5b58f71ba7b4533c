package org.stocktake.users;

/**
 * Something the user asked for does not exist, or they may not see it: both answer 404 alike (standard §11.2), from
 * one exception handler, with a page that names nothing. The message is for logs only.
 */
public final class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message, null, false, false);
    }
}
