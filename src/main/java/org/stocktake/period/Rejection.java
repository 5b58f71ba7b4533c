package org.stocktake.period;

import java.util.List;

import org.stocktake.standard.Issue;
import org.stocktake.validation.ReturnStatus;

/** A file received for an area and period that was not accepted, with the errors that rejected it. */
public record Rejection(long submissionId, String fileName, ReturnStatus status, List<Issue> errors) {

    public Rejection {
        errors = List.copyOf(errors);
    }
}
