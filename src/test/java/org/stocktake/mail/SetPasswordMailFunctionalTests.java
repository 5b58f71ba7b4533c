package org.stocktake.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stocktake.audit.Audit;
import org.stocktake.storage.OutboxStore.Scope;
import org.stocktake.testing.ReceivedMail;
import org.stocktake.users.NewUser;
import org.stocktake.users.Role;
import org.stocktake.users.SetPasswordLink;
import org.stocktake.users.User;
import org.stocktake.users.UserException;
import org.stocktake.users.Users;

/** The e-mail that carries a new user's one-time set-password link (standard §11.1). */
class SetPasswordMailFunctionalTests extends MailWorld {

    static final String NEW = "robin.new@essex.example";

    @Autowired
    MailDelivery delivery;

    SetPasswordLink addWithoutPassword() {
        Users.Added added = users.add(new NewUser(NEW, "Robin New", Role.SUBMITTER, List.of(ESSEX, BLACKPOOL)), null,
                "test", Audit.COMMAND_LINE);
        return added.link().orElseThrow();
    }

    @Test
    void aNewUserGetsTheirLinkOnceAndTheOutboxForgetsIt() {
        // when
        SetPasswordLink link = addWithoutPassword();
        DeliveryReport report = delivery.deliver(Scope.all());

        // then
        assertThat(report.sent()).isEqualTo(1);
        ReceivedMail mail = ReceivedMail.all().get(0);
        assertThat(mail.to()).containsExactly(NEW);
        assertThat(mail.subject()).isEqualTo("Create your stocktake password");
        assertThat(mail.attachments()).isEmpty();
        assertThat(mail.text()).isEqualTo("""
                Dear Robin New,

                You have been added to stocktake, the Community Budget stocktake service, as a pilot officer for \
                Blackpool (E06000009), Essex (E10000012).

                Create your password with this link. It works once, until 7 December 2012 at 10:00 (UK time):
                %s

                Then sign in with this e-mail address, robin.new@essex.example, at:
                https://stocktake.example.gov.uk/login

                If you were not expecting this e-mail, you can ignore it: nothing happens until the link is used.

                This is an automatic e-mail from stocktake, the Community Budget stocktake service. Replies to it \
                are not read.
                """.formatted(link.url()));
        assertThat(link.url()).startsWith(PORTAL + "/set-password/");
        assertThat(mail.html()).contains("href=\"" + link.url() + "\"");
        // the token is gone from the outbox once the link has gone out; its key names it by hash only
        assertThat(jdbc.sql("SELECT message_key || body_text || body_html FROM outbox_message").query(String.class)
                .single()).doesNotContain(link.token()).contains(link.tokenSha256());
        assertThat(delivery.deliver(Scope.all()).sent()).isZero();

        // the link it carries works until its expiry, once
        clock.advance(Duration.ofDays(7).minusMinutes(1));
        String token = link.url().substring((PORTAL + "/set-password/").length());
        assertThat(users.setPasswordLinkUser(token)).map(User::email).contains(NEW);
        users.setPassword(token, PASSWORD, Audit.COMMAND_LINE);
        assertThatThrownBy(() -> users.setPassword(token, PASSWORD, Audit.COMMAND_LINE))
                .isInstanceOf(UserException.class).hasMessage("this link has expired or has been used");
    }

    @Test
    void theLinkInTheMessageExpiresAfterSevenDays() {
        SetPasswordLink link = addWithoutPassword();
        assertThat(link.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(7)));
        clock.advance(Duration.ofDays(7).plusSeconds(1));
        assertThat(users.setPasswordLinkUser(link.token())).isEmpty();
    }

    @Test
    void aLinkThatExpiredBeforeItWentOutIsNotSentAndANewerLinkReplacesAnOlderOne() {
        addWithoutPassword();
        clock.advance(Duration.ofDays(7).plusMinutes(1));
        DeliveryReport late = delivery.deliver(Scope.all());
        assertThat(late.sent()).isZero();
        assertThat(late.summary()).contains("not sent: 1 message no longer valid (a set-password link that expired"
                + " first)");

        SetPasswordLink second = users.issueSetPasswordLink(NEW, "test", Audit.COMMAND_LINE);
        SetPasswordLink third = users.issueSetPasswordLink(NEW, "test", Audit.COMMAND_LINE);
        assertThat(delivery.deliver(Scope.all()).sent()).isEqualTo(1);
        assertThat(ReceivedMail.all()).singleElement().satisfies(m -> assertThat(m.text())
                .contains(third.url()).doesNotContain(second.url()));
        assertThat(outcomes("set-password:")).containsExactly(NEW + " NOT_SENT", NEW + " NOT_SENT", NEW + " SENT");
    }
}
