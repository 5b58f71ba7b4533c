package org.stocktake.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeedbackNamesTests {

    static final String SHA = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    @Test
    void feedbackIsNamedByTheFilesPathAndItsSubmission() {
        assertThat(FeedbackNames.of("a/return.xlsx", 17L, SHA)).isEqualTo("a/return.xlsx.17");
        assertThat(FeedbackNames.of("b/return.xlsx", 18L, SHA)).isEqualTo("b/return.xlsx.18");
        assertThat(FeedbackNames.csv("birmingham Q2.xlsx", 3L, SHA)).isEqualTo("feedback/birmingham Q2.xlsx.3.csv");
        // a duplicate has no submission of its own
        assertThat(FeedbackNames.csv("copy.xlsx", null, SHA)).isEqualTo("feedback/copy.xlsx.duplicate-0123456789ab.csv");
    }

    @Test
    void anUploadedNameNeverLeadsOutOfTheFeedbackFolder() {
        assertThat(FeedbackNames.of("../../etc/passwd", 4L, SHA)).isEqualTo("etc/passwd.4");
        assertThat(FeedbackNames.of("/tmp//./x.xlsx", 5L, SHA)).isEqualTo("tmp/x.xlsx.5");
        assertThat(FeedbackNames.of("folder\\return.xlsx", 6L, SHA)).isEqualTo("folder/return.xlsx.6");
        assertThat(FeedbackNames.of("..", 7L, SHA)).isEqualTo("return.7");
    }
}
