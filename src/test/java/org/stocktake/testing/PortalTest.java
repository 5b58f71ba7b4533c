package org.stocktake.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The portal on a real embedded Tomcat (random port) over an in-memory H2 database (or PostgreSQL, with
 * {@link PostgresPortalTest}), with MockMvc beside it and a
 * {@link MutableClock}. Every test class with this annotation shares one application context; {@link PortalFixture}
 * resets the users, audit rows and sessions before each test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.main.web-application-type=servlet",
        // feedback files of uploads and rendered packs
        "stocktake.out=target/portal-tests/out",
        // an upload is answered with its result even on a busy machine (UploadProgressTests shortens it)
        "stocktake.portal.upload-wait=60s",
        // a subclass moves the tests to PostgreSQL by setting these (see PostgresPortalTest)
        "spring.datasource.url=${stocktake.test.portal-db:jdbc:h2:mem:portal-tests;DB_CLOSE_DELAY=-1}",
        "spring.datasource.username=${stocktake.test.portal-db-user:sa}",
        "spring.datasource.password=${stocktake.test.portal-db-password:}"})
@AutoConfigureMockMvc
@Import(PortalFixture.class)
public @interface PortalTest {
}
