package org.stocktake.web;

import org.stocktake.testing.PostgresPortalTest;

/** {@link AuditPageFunctionalTests} on PostgreSQL. */
@PostgresPortalTest
class PostgresAuditPageFunctionalTests extends AuditPageFunctionalTests {
}
