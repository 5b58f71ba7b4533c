package org.stocktake.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stocktake.users.Role;
import org.stocktake.users.User;

/** The portal's users, their areas and their set-password tokens (tables of migration V4). */
@Repository
public class UserStore {

    /** A user with the password hash that only sign-in reads. */
    public record SignInRecord(User user, String passwordHash) {
    }

    // areas as one column, so a list of users is one query: 'E06000009 E08000025'
    private static final String SELECT = "SELECT u.id, u.email, u.name, u.role, u.password_hash, u.failed_sign_ins,"
            + " u.locked_until, u.disabled_at,"
            + " (SELECT STRING_AGG(a.area_code, ' ' ORDER BY a.area_code) FROM portal_user_area a"
            + "   WHERE a.user_id = u.id) AS areas"
            + " FROM portal_user u ";

    private final JdbcClient jdbc;

    UserStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a user; a second user with the same (lower-case) e-mail breaks the unique constraint. */
    public long insert(String email, String name, Role role, Collection<String> areas, String passwordHash,
            Instant createdAt) {
        jdbc.sql("INSERT INTO portal_user (email, name, role, password_hash, failed_sign_ins, created_at)"
                        + " VALUES (?, ?, ?, ?, 0, ?)")
                .params(email, name, role.code(), passwordHash, utc(createdAt)).update();
        long id = jdbc.sql("SELECT id FROM portal_user WHERE email = ?").param(email).query(Long.class).single();
        for (String area : areas) {
            jdbc.sql("INSERT INTO portal_user_area (user_id, area_code) VALUES (?, ?)").params(id, area).update();
        }
        return id;
    }

    public Optional<User> find(String email) {
        return forSignIn(email).map(SignInRecord::user);
    }

    public Optional<SignInRecord> forSignIn(String email) {
        return jdbc.sql(SELECT + "WHERE u.email = ?").param(email).query(UserStore::record).optional();
    }

    /** Every user, by e-mail. */
    public List<User> all() {
        return users(SELECT + "ORDER BY u.email");
    }

    /** The users of the given roles, by e-mail. */
    public List<User> withRoles(Collection<Role> roles) {
        return all().stream().filter(u -> roles.contains(u.role())).toList();
    }

    /** The submitters who belong to an area, by e-mail. */
    public List<User> submittersOf(String areaCode) {
        return jdbc.sql(SELECT + "WHERE u.role = ? AND EXISTS (SELECT 1 FROM portal_user_area a"
                        + " WHERE a.user_id = u.id AND a.area_code = ?) ORDER BY u.email")
                .params(Role.SUBMITTER.code(), areaCode).query(UserStore::record).list().stream()
                .map(SignInRecord::user).toList();
    }

    /** Sets the password hash; a new password also ends a lock and the count of failures. */
    public void setPasswordHash(long userId, String passwordHash) {
        jdbc.sql("UPDATE portal_user SET password_hash = ?, failed_sign_ins = 0, locked_until = NULL WHERE id = ?")
                .params(passwordHash, userId).update();
    }

    /** Marks a user disabled; false when they already were. */
    public boolean disable(long userId, Instant at) {
        return jdbc.sql("UPDATE portal_user SET disabled_at = ? WHERE id = ? AND disabled_at IS NULL")
                .params(utc(at), userId).update() == 1;
    }

    /**
     * Counts one more failed sign-in in a row and returns the count (a lock that has run out starts the count
     * afresh); -1 when there is no such user.
     */
    public int addFailedSignIn(String email, Instant now) {
        int updated = jdbc.sql("UPDATE portal_user SET"
                        + " failed_sign_ins = CASE WHEN locked_until <= ? THEN 1 ELSE failed_sign_ins + 1 END,"
                        + " locked_until = CASE WHEN locked_until <= ? THEN NULL ELSE locked_until END"
                        + " WHERE email = ?")
                .params(utc(now), utc(now), email).update();
        return updated == 0 ? -1 : jdbc.sql("SELECT failed_sign_ins FROM portal_user WHERE email = ?")
                .param(email).query(Integer.class).single();
    }

    public void lock(String email, Instant until) {
        jdbc.sql("UPDATE portal_user SET locked_until = ?, failed_sign_ins = 0 WHERE email = ?")
                .params(utc(until), email).update();
    }

    public void signedIn(String email) {
        jdbc.sql("UPDATE portal_user SET failed_sign_ins = 0, locked_until = NULL WHERE email = ?"
                + " AND (failed_sign_ins <> 0 OR locked_until IS NOT NULL)").param(email).update();
    }

    public void insertToken(String tokenSha256, long userId, Instant createdAt, Instant expiresAt) {
        jdbc.sql("INSERT INTO set_password_token (token_sha256, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)")
                .params(tokenSha256, userId, utc(createdAt), utc(expiresAt)).update();
    }

    /** Ends every unused link of a user (a new link replaces the old ones; a disabled user has none). */
    public void endTokens(long userId, Instant at) {
        jdbc.sql("UPDATE set_password_token SET used_at = ? WHERE user_id = ? AND used_at IS NULL")
                .params(utc(at), userId).update();
    }

    /** The user a link is for, while it is unused and unexpired. */
    public Optional<User> tokenUser(String tokenSha256, Instant now) {
        return jdbc.sql(SELECT + "WHERE u.id = (SELECT t.user_id FROM set_password_token t"
                        + " WHERE t.token_sha256 = ? AND t.used_at IS NULL AND t.expires_at > ?)")
                .params(tokenSha256, utc(now)).query(UserStore::record).optional().map(SignInRecord::user);
    }

    /** Uses a link once: true for the one caller that found it unused and unexpired. */
    public boolean useToken(String tokenSha256, Instant now) {
        return jdbc.sql("UPDATE set_password_token SET used_at = ?"
                        + " WHERE token_sha256 = ? AND used_at IS NULL AND expires_at > ?")
                .params(utc(now), tokenSha256, utc(now)).update() == 1;
    }

    private List<User> users(String sql) {
        return jdbc.sql(sql).query(UserStore::record).list().stream().map(SignInRecord::user).toList();
    }

    private static SignInRecord record(ResultSet rs, int row) throws SQLException {
        String areas = rs.getString("areas");
        String hash = rs.getString("password_hash");
        User user = new User(rs.getLong("id"), rs.getString("email"), rs.getString("name"),
                Role.fromCode(rs.getString("role")).orElseThrow(),
                areas == null ? List.of() : new ArrayList<>(Arrays.asList(areas.split(" "))), hash != null,
                rs.getInt("failed_sign_ins"), instant(rs, "locked_until"), instant(rs, "disabled_at"));
        return new SignInRecord(user, hash);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
