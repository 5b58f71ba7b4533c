package org.stocktake.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.springframework.context.ConfigurableApplicationContext;
import org.stocktake.audit.Audit;
import org.stocktake.mail.DeliveryReport;
import org.stocktake.mail.MailDelivery;
import org.stocktake.mail.SetPasswordMail;
import org.stocktake.reference.Register;
import org.stocktake.storage.OutboxStore;
import org.stocktake.storage.ReferenceStore;
import org.stocktake.users.NewUser;
import org.stocktake.users.Role;
import org.stocktake.users.User;
import org.stocktake.users.UserException;
import org.stocktake.users.Users;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code ./stocktake users add|list|disable} (standard §11.1). Changes are audited with the account that ran the
 * command and the source "command line". A refused request exits with 2 (a usage error: bad e-mail, a submitter
 * without an area, an area the register does not know, a short password) or 1 (the e-mail is already a user's, or
 * no user has it).
 */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = "Add, list and disable the portal's users.",
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class, UsersCommand.Disable.class})
final class UsersCommand {

    static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** Starts the application with the register in force, runs the work, and turns a refusal into an exit status. */
    static int run(CommandSpec spec, CommonOptions common, Function<ConfigurableApplicationContext, Integer> work) {
        try (ConfigurableApplicationContext context = SpringContext.start(common)) {
            new PeriodJobs(context, common, spec.commandLine().getOut()).loadReference();
            return work.apply(context);
        } catch (UserException e) {
            spec.commandLine().getErr().println("stocktake: users " + spec.name() + ": " + e.getMessage());
            return e.kind() == UserException.Kind.INVALID ? 2 : 1;
        }
    }

    /** Who ran the command: the operating system account. */
    static String actor() {
        return System.getProperty("user.name", "unknown");
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a user. Without --password-stdin, print a one-time link (valid 7 days) where they"
                    + " create their password.")
    static final class Add implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        CommonOptions common;

        @Option(names = "--email", required = true, paramLabel = "E", description = "Their e-mail: they sign in with it.")
        String email;

        @Option(names = "--name", required = true, paramLabel = "N", description = "Their name, as pages show it.")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE", converter = RoleConverter.class,
                description = "submitter, central or steering.")
        Role role;

        @Option(names = "--area", paramLabel = "CODE",
                description = "An area from the register the submitter belongs to; repeat for several.")
        List<String> areas = new ArrayList<>();

        @Option(names = "--password-stdin",
                description = "Read the password (12 characters or more) from standard input.")
        boolean passwordStdin;

        @Override
        public Integer call() throws IOException {
            String password = passwordStdin ? readPassword(System.in) : null;
            return run(spec, common, context -> {
                PrintWriter out = spec.commandLine().getOut();
                Users.Added added = context.getBean(Users.class).add(new NewUser(email, name, role, areas), password,
                        actor(), Audit.COMMAND_LINE);
                User user = added.user();
                Register register = context.getBean(ReferenceStore.class).register();
                out.println("Added " + user.email() + " (" + user.name() + "): " + user.role().code()
                        + (user.areas().isEmpty() ? "" : " for " + String.join(", ", user.areas().stream()
                        .map(a -> a + " " + register.areaName(a).orElse("")).map(String::strip).toList())));
                added.link().ifPresentOrElse(link -> {
                    out.println("Send them this link to create their password (it works once, until "
                            + EXPIRY.format(link.expiresAt()) + "):");
                    out.println(link.url());
                    out.println(mailed(context.getBean(MailDelivery.class).deliver(OutboxStore.Scope.keys(
                            List.of(SetPasswordMail.key(user, link)))), user.email()));
                }, () -> out.println("Password set: they can sign in."));
                return 0;
            });
        }

        /** Whether the link went out by e-mail (standard §11.1: "e-mails it when mail is configured"). */
        static String mailed(DeliveryReport report, String email) {
            if (report.sent() == 1) {
                return "E-mailed the link to " + email + ".";
            }
            if (report.notConfigured() != null) {
                return "Not e-mailed: " + report.notConfigured() + ".";
            }
            return "Not e-mailed yet: " + (report.failed().isEmpty() ? report.stopped()
                    : report.failed().get(0).lastError()) + "; the next nightly run tries again.";
        }

        /** All of standard input, less one final line break (as {@code echo} and here-strings add). */
        static String readPassword(InputStream in) throws IOException {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (text.endsWith("\r\n")) {
                return text.substring(0, text.length() - 2);
            }
            return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the users: email, name, role, areas and state (active, locked, disabled,"
                    + " password not set).")
    static final class ListUsers implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        CommonOptions common;

        @Override
        public Integer call() {
            return run(spec, common, context -> {
                PrintWriter out = spec.commandLine().getOut();
                List<User> users = context.getBean(Users.class).list();
                Instant now = context.getBean(Clock.class).instant();
                List<String[]> rows = new ArrayList<>();
                rows.add(new String[] {"email", "name", "role", "areas", "state"});
                for (User u : users) {
                    rows.add(new String[] {u.email(), u.name(), u.role().code(), String.join(" ", u.areas()),
                        u.state(now).label()});
                }
                out.print(columns(rows));
                if (users.isEmpty()) {
                    out.println("No users yet: add the first with"
                            + " 'users add --role central --email E --name N --password-stdin'.");
                }
                return 0;
            });
        }

        /** Left-aligned columns two spaces apart, the last one unpadded. */
        static String columns(List<String[]> rows) {
            int[] widths = new int[rows.get(0).length];
            for (String[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    widths[i] = Math.max(widths[i], row[i].length());
                }
            }
            StringBuilder s = new StringBuilder();
            for (String[] row : rows) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < row.length; i++) {
                    line.append(i == row.length - 1 ? row[i] : String.format("%-" + widths[i] + "s  ", row[i]));
                }
                s.append(line.toString().stripTrailing()).append(System.lineSeparator());
            }
            return s.toString();
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = "Disable a user: they cannot sign in, their sessions end and their links stop working.")
    static final class Disable implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        CommonOptions common;

        @Option(names = "--email", required = true, paramLabel = "E", description = "The user's e-mail.")
        String email;

        @Override
        public Integer call() {
            return run(spec, common, context -> {
                PrintWriter out = spec.commandLine().getOut();
                boolean changed = context.getBean(Users.class).disable(email, actor(), Audit.COMMAND_LINE);
                out.println(changed
                        ? "Disabled " + Users.normalise(email) + ": they cannot sign in, and their sessions have ended."
                        : Users.normalise(email) + " was already disabled.");
                return 0;
            });
        }
    }

    /** {@code --role}: submitter, central or steering, in any case. */
    static final class RoleConverter implements ITypeConverter<Role> {

        @Override
        public Role convert(String value) {
            return Role.fromCode(value).orElseThrow(() -> new TypeConversionException(
                    "'" + value + "' is not a role: use submitter, central or steering"));
        }
    }
}
