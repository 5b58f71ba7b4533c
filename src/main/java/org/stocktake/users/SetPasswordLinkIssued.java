package org.stocktake.users;

/**
 * Published by {@link Users} inside the transaction that stores a new set-password link (a new user, or a link
 * issued again), so that the e-mail carrying it is written to the outbox with it (standard §11.1, §12).
 */
public record SetPasswordLinkIssued(User user, SetPasswordLink link) {
}
