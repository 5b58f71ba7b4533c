package org.stocktake;

import java.time.Clock;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class StocktakeApplication {

    /** The time everything reads (sign-in locks, link expiry, audit rows, the portal's current period). */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
