package org.stocktake.web;

import org.stocktake.period.AreaStatus;
import org.stocktake.validation.ReturnStatus;
import org.stocktake.web.Govuk.Tag;

/** How a status is shown: a GOV.UK tag whose colour says how it stands (green counts, red does not). */
final class StatusTags {

    private StatusTags() {
    }

    static Tag of(ReturnStatus status) {
        return switch (status) {
            case ACCEPTED -> new Tag("Accepted", "govuk-tag--green");
            case ACCEPTED_WITH_WARNINGS -> new Tag("Accepted with warnings", "govuk-tag--yellow");
            case REJECTED -> new Tag("Rejected", "govuk-tag--red");
            case QUARANTINED -> new Tag("Quarantined", "govuk-tag--orange");
            case DUPLICATE -> new Tag("Duplicate", "govuk-tag--grey");
        };
    }

    static Tag of(AreaStatus status) {
        return new Tag(status.label(), switch (status) {
            case ACCEPTED -> "govuk-tag--green";
            case ACCEPTED_WITH_WARNINGS -> "govuk-tag--yellow";
            case REJECTED -> "govuk-tag--red";
            case MISSING -> "govuk-tag--grey";
        });
    }
}
