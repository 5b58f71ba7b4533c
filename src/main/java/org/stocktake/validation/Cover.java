package org.stocktake.validation;

import java.time.LocalDate;

import org.stocktake.standard.Period;

/** The Cover sheet of a return, as read (standard §3.1). */
public record Cover(String templateVersion, String areaCode, String areaName, Period period, String strand,
        String contactName, String contactEmail, String signedOffBy, LocalDate signedOffOn) {
}
