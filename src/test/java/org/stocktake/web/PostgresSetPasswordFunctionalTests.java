package org.stocktake.web;

import org.stocktake.testing.PostgresPortalTest;

/** {@link SetPasswordFunctionalTests} on PostgreSQL. */
@PostgresPortalTest
class PostgresSetPasswordFunctionalTests extends SetPasswordFunctionalTests {
}
