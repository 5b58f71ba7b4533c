package org.stocktake.users;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.audit.Audit;
import org.stocktake.audit.AuditAction;
import org.stocktake.reference.Register;
import org.stocktake.storage.ReferenceStore;
import org.stocktake.storage.UserStore;
import org.stocktake.users.UserException.Kind;

/**
 * The portal's users (standard §11.1): adding, listing and disabling them, set-password links, and the lockout after
 * failed sign-ins. Every change is audited; no password or token ever reaches the audit table or a log.
 */
@Service
public class Users {

    public static final int FAILURES_BEFORE_LOCK = 5;
    public static final Duration LOCK = Duration.ofMinutes(15);
    public static final Duration LINK_VALIDITY = Duration.ofDays(7);

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserStore store;
    private final ReferenceStore reference;
    private final PasswordEncoder passwords;
    private final UserSessions sessions;
    private final Audit audit;
    private final Clock clock;
    private final String portalUrl;
    private final ApplicationEventPublisher events;

    Users(UserStore store, ReferenceStore reference, PasswordEncoder passwords, UserSessions sessions, Audit audit,
            Clock clock, @Value("${stocktake.portal.url}") String portalUrl, ApplicationEventPublisher events) {
        this.store = store;
        this.reference = reference;
        this.passwords = passwords;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
        this.portalUrl = portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
        this.events = events;
    }

    /** What {@link #add} made: the user, and the set-password link when no password was given. */
    public record Added(User user, Optional<SetPasswordLink> link) {
    }

    /**
     * Adds a user. With a password it is set at once; without, a one-time set-password link is made.
     *
     * @throws UserException INVALID for a bad e-mail, name, role and area combination, unknown area or password;
     *                       CONFLICT when the e-mail is already a user's
     */
    @Transactional
    public Added add(NewUser request, String password, String actor, String source) {
        String email = normalise(request.email());
        if (!EMAIL.matcher(email).matches() || email.length() > 320) {
            throw new UserException(Kind.INVALID, "\"" + request.email() + "\" is not an e-mail address");
        }
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new UserException(Kind.INVALID, "give the user's name (1 to 200 characters)");
        }
        TreeSet<String> areas = new TreeSet<>();
        request.areas().forEach(a -> areas.add(a.strip().toUpperCase(Locale.ROOT)));
        checkAreas(request.role(), areas);
        if (password != null) {
            PasswordRule.problem(password).ifPresent(p -> {
                throw new UserException(Kind.INVALID, p);
            });
        }
        if (store.find(email).isPresent()) {
            throw new UserException(Kind.CONFLICT, "there is already a user with the e-mail " + email);
        }
        Instant now = clock.instant();
        long id;
        try {
            id = store.insert(email, name, request.role(), areas, password == null ? null : passwords.encode(password),
                    now);
        } catch (DuplicateKeyException e) {
            throw new UserException(Kind.CONFLICT, "there is already a user with the e-mail " + email);
        }
        audit.record(actor, AuditAction.USER_ADDED, describe(email, name, request.role(), areas)
                + (password == null ? "" : ", password set"), source);
        User user = store.find(email).orElseThrow();
        return new Added(user, password == null ? Optional.of(newLink(user, actor, source)) : Optional.empty());
    }

    private void checkAreas(Role role, TreeSet<String> areas) {
        if (role == Role.SUBMITTER && areas.isEmpty()) {
            throw new UserException(Kind.INVALID, "a submitter needs at least one --area from the register");
        }
        if (role != Role.SUBMITTER && !areas.isEmpty()) {
            throw new UserException(Kind.INVALID, "only a submitter belongs to areas; a " + role.code()
                    + " user sees every area");
        }
        Register register = reference.register();
        for (String area : areas) {
            if (!register.knows(area)) {
                throw new UserException(Kind.INVALID, "the register does not know area " + area);
            }
        }
    }

    /** Every user, by e-mail. */
    public List<User> list() {
        return store.all();
    }

    public Optional<User> find(String email) {
        return store.find(normalise(email));
    }

    /** The submitters who belong to an area (feedback and reminders go to them, standard §12). */
    public List<User> submittersOf(String areaCode) {
        return store.submittersOf(areaCode);
    }

    /** Every steering and central user (the pack goes to them, standard §12). */
    public List<User> steeringAndCentral() {
        return store.withRoles(EnumSet.of(Role.STEERING, Role.CENTRAL));
    }

    /**
     * Disables a user: they cannot sign in, their sessions end and their set-password links stop working.
     *
     * @return false when the user was already disabled
     * @throws UserException NOT_FOUND when there is no such user
     */
    @Transactional
    public boolean disable(String email, String actor, String source) {
        User user = existing(email);
        Instant now = clock.instant();
        boolean changed = store.disable(user.id(), now);
        store.endTokens(user.id(), now);
        sessions.end(user.email());
        if (changed) {
            audit.record(actor, AuditAction.USER_DISABLED, user.email(), source);
        }
        return changed;
    }

    /**
     * Makes a new one-time set-password link for a user (valid {@link #LINK_VALIDITY}); earlier unused links stop
     * working. For the mail that sends it (standard §12) and for a user who lost theirs.
     *
     * @throws UserException NOT_FOUND when there is no such user, CONFLICT when they are disabled
     */
    @Transactional
    public SetPasswordLink issueSetPasswordLink(String email, String actor, String source) {
        User user = existing(email);
        if (user.disabled()) {
            throw new UserException(Kind.CONFLICT, user.email() + " is disabled");
        }
        return newLink(user, actor, source);
    }

    private SetPasswordLink newLink(User user, String actor, String source) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expires = now.plus(LINK_VALIDITY);
        store.endTokens(user.id(), now);
        store.insertToken(sha256(token), user.id(), now, expires);
        audit.record(actor, AuditAction.SET_PASSWORD_LINK, user.email() + ", valid for 7 days", source);
        SetPasswordLink link = new SetPasswordLink(user.email(), token, portalUrl + "/set-password/" + token, expires);
        // in this transaction: the e-mail that carries the link is written to the outbox with the token's row
        events.publishEvent(new SetPasswordLinkIssued(user, link));
        return link;
    }

    /** The user a set-password link is for, while it is unused and unexpired (and the user not disabled). */
    public Optional<User> setPasswordLinkUser(String token) {
        return store.tokenUser(sha256(token), clock.instant()).filter(u -> !u.disabled());
    }

    /**
     * Sets a password through a one-time link, which is then used up.
     *
     * @throws UserException INVALID when the password breaks {@link PasswordRule} (the link stays usable), NOT_FOUND
     *                       when the link is unknown, used, expired or its user disabled
     */
    @Transactional
    public User setPassword(String token, String password, String source) {
        User user = setPasswordLinkUser(token)
                .orElseThrow(() -> new UserException(Kind.NOT_FOUND, "this link has expired or has been used"));
        PasswordRule.problem(password).ifPresent(p -> {
            throw new UserException(Kind.INVALID, p);
        });
        if (!store.useToken(sha256(token), clock.instant())) {
            throw new UserException(Kind.NOT_FOUND, "this link has expired or has been used");
        }
        store.setPasswordHash(user.id(), passwords.encode(password));
        audit.record(user.email(), AuditAction.PASSWORD_SET, "through a set-password link", source);
        return user;
    }

    /** A sign-in succeeded: the count of failures starts again. */
    @Transactional
    public void signedIn(String email, String source) {
        store.signedIn(normalise(email));
        audit.record(normalise(email), AuditAction.SIGN_IN, "", source);
    }

    /**
     * A sign-in failed. A wrong password counts towards the lock; the fifth in a row locks the account for
     * {@link #LOCK}. What was typed as the e-mail is recorded only when it is a user's.
     */
    @Transactional
    public void signInFailed(String typedEmail, String source) {
        String email = normalise(typedEmail);
        Optional<User> found = store.find(email);
        if (found.isEmpty()) {
            audit.record(Audit.UNKNOWN_USER, AuditAction.SIGN_IN_FAILED, "no user has that e-mail", source);
            return;
        }
        User user = found.get();
        Instant now = clock.instant();
        switch (user.state(now)) {
            case DISABLED -> audit.record(email, AuditAction.SIGN_IN_FAILED, "account disabled", source);
            case LOCKED -> audit.record(email, AuditAction.SIGN_IN_FAILED, "account locked", source);
            case PASSWORD_NOT_SET -> audit.record(email, AuditAction.SIGN_IN_FAILED, "password not set", source);
            case ACTIVE -> {
                int failures = store.addFailedSignIn(email, now);
                audit.record(email, AuditAction.SIGN_IN_FAILED, "wrong password (" + failures + " in a row)", source);
                if (failures >= FAILURES_BEFORE_LOCK) {
                    store.lock(email, now.plus(LOCK));
                    audit.record(email, AuditAction.ACCOUNT_LOCKED,
                            FAILURES_BEFORE_LOCK + " failed sign-ins in a row: locked for 15 minutes", source);
                }
            }
        }
    }

    private User existing(String email) {
        return store.find(normalise(email))
                .orElseThrow(() -> new UserException(Kind.NOT_FOUND, "no user has the e-mail " + normalise(email)));
    }

    /** E-mails are unique whatever their case: they are kept and compared in lower case. */
    public static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    private static String describe(String email, String name, Role role, TreeSet<String> areas) {
        return email + " (" + name + "), " + role.code() + (areas.isEmpty() ? "" : " for " + String.join(" ", areas));
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
