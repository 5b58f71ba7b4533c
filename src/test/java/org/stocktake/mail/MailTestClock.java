package org.stocktake.mail;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.stocktake.testing.MutableClock;

/** The mail tests' clock: set to {@link MailWorld#NOW} before each test, moved on by those about expiry. */
@TestConfiguration(proxyBeanMethods = false)
class MailTestClock {

    @Bean
    @Primary
    MutableClock mailTestClock() {
        return new MutableClock(MailWorld.NOW);
    }
}
