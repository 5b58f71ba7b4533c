package org.stocktake.mail;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.stocktake.storage.OutboxStore;
import org.stocktake.storage.OutboxStore.NewMessage;

/**
 * Writes messages to the outbox in the caller's transaction, so a message exists exactly when the event that causes
 * it committed. Its key makes it unique: a message whose key is already there is not written again (a rerun), and
 * when two transactions write the same key at once (two nodes), the second rolls back to a savepoint and goes on.
 */
@Service
class Outbox {

    private final OutboxStore store;
    private final TransactionTemplate savepoint;
    private final Clock clock;

    Outbox(OutboxStore store, PlatformTransactionManager transactions, Clock clock) {
        this.store = store;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.clock = clock;
    }

    /**
     * @return true when the message was written; false when its key was already there or it has no one to go to
     */
    boolean enqueue(OutgoingMessage m) {
        List<String> recipients = recipients(m.recipients());
        if (recipients.isEmpty() || store.exists(m.key())) {
            return false;
        }
        return Boolean.TRUE.equals(savepoint.execute(tx -> {
            try {
                long id = store.insertMessage(new NewMessage(m.key(), m.kind().code(), m.about(), oneLine(m.subject()),
                        m.body().text(), m.body().html(), m.fingerprint(), m.secret(), m.sendBefore()), clock.instant());
                int seq = 0;
                for (OutgoingMessage.Attachment a : m.attachments()) {
                    store.insertAttachment(id, ++seq, a.fileName(), a.contentType(), a.content());
                }
                recipients.forEach(address -> store.insertRecipient(id, address));
                return true;
            } catch (DuplicateKeyException e) {
                tx.setRollbackOnly(); // another node wrote the same message first
                return false;
            }
        }));
    }

    /** Recipients still waiting for messages whose keys start with the prefix are told off with the reason. */
    int withdraw(String keyPrefix, String reason) {
        return store.withdraw(keyPrefix, reason, clock.instant());
    }

    /** The last pack-like fingerprint of the messages whose keys start with the prefix. */
    java.util.Optional<String> latestFingerprint(String keyPrefix) {
        return store.latestFingerprint(keyPrefix);
    }

    int count(String keyPrefix) {
        return store.countWithPrefix(keyPrefix);
    }

    /** Lower case, each once, only addresses a mail server can take. */
    static List<String> recipients(List<String> addresses) {
        Set<String> unique = new LinkedHashSet<>();
        for (String a : addresses) {
            if (a == null) {
                continue;
            }
            String address = a.strip().toLowerCase(Locale.ROOT);
            if (!address.isEmpty() && address.length() <= 320 && valid(address)) {
                unique.add(address);
            }
        }
        return new ArrayList<>(unique);
    }

    private static boolean valid(String address) {
        try {
            new InternetAddress(address, true);
            return address.contains("@");
        } catch (AddressException e) {
            return false;
        }
    }

    /** A subject is one line: no line break from a file name may start a header of its own. */
    static String oneLine(String text) {
        return text.replaceAll("[\\p{Cntrl}]+", " ").strip();
    }
}
