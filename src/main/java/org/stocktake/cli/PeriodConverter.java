package org.stocktake.cli;

import org.stocktake.standard.Period;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --period} in any form the standard accepts. */
final class PeriodConverter implements ITypeConverter<Period> {

    @Override
    public Period convert(String value) {
        return Period.parse(value).orElseThrow(() -> new TypeConversionException(
                "'" + value + "' is not a reporting period; write it like 2012-13 Q1"));
    }
}
