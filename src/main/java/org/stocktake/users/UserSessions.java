package org.stocktake.users;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ends a user's portal sessions, which Spring Session JDBC keeps in the database indexed by principal name (the
 * e-mail). The portal has the session repository as a bean; the command line, which starts no web server, reads the
 * same tables through a repository of its own.
 */
@Component
class UserSessions {

    private final ObjectProvider<FindByIndexNameSessionRepository<?>> portal;
    private final JdbcTemplate jdbc;
    private final PlatformTransactionManager transactions;

    UserSessions(ObjectProvider<FindByIndexNameSessionRepository<?>> portal, JdbcTemplate jdbc,
            PlatformTransactionManager transactions) {
        this.portal = portal;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Deletes every session of the user; returns how many there were. */
    int end(String email) {
        FindByIndexNameSessionRepository<?> sessions = portal.getIfAvailable(
                () -> new JdbcIndexedSessionRepository(jdbc, new TransactionTemplate(transactions)));
        var ids = sessions.findByPrincipalName(email).keySet();
        ids.forEach(sessions::deleteById);
        return ids.size();
    }
}
