package org.stocktake.web;

import org.stocktake.testing.PostgresPortalTest;

/** {@link SignInFunctionalTests} on PostgreSQL. */
@PostgresPortalTest
class PostgresSignInFunctionalTests extends SignInFunctionalTests {
}
