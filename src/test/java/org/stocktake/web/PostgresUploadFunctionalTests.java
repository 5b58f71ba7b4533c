package org.stocktake.web;

import org.stocktake.testing.PostgresPortalTest;

/**
 * {@link UploadFunctionalTests} on PostgreSQL: the upload path (one transaction per file, the SHA-256 duplicate rule
 * under the database's lock, the other-area refusal, the quarantine) against the production database.
 */
@PostgresPortalTest
class PostgresUploadFunctionalTests extends UploadFunctionalTests {
}
