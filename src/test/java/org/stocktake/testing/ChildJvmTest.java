package org.stocktake.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A test that starts another Java process (the command line in a child JVM with its own heap, killed, stopped or
 * run twice at once). They take most of the suite's time: {@code mvn test -DexcludedGroups=child-jvm} runs the
 * fast suite without them; CI runs everything.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag(ChildJvmTest.TAG)
public @interface ChildJvmTest {

    String TAG = "child-jvm";
}
