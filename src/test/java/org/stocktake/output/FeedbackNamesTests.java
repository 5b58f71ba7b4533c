package org.stocktake.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeedbackNamesTests {

    @Test
    void feedbackIsNamedByTheFilesPathInTheInbox() {
        assertThat(FeedbackNames.of("a/return.xlsx")).isEqualTo("a/return.xlsx");
        assertThat(FeedbackNames.of("b/return.xlsx")).isEqualTo("b/return.xlsx");
        assertThat(FeedbackNames.csv("birmingham Q2.xlsx")).isEqualTo("feedback/birmingham Q2.xlsx.csv");
    }

    @Test
    void anUploadedNameNeverLeadsOutOfTheFeedbackFolder() {
        assertThat(FeedbackNames.of("../../etc/passwd")).isEqualTo("etc/passwd");
        assertThat(FeedbackNames.of("/tmp//./x.xlsx")).isEqualTo("tmp/x.xlsx");
        assertThat(FeedbackNames.of("folder\\return.xlsx")).isEqualTo("folder/return.xlsx");
        assertThat(FeedbackNames.of("..")).isEqualTo("return");
    }
}
