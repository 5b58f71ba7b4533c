package org.stocktake.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.stocktake.feedback.AnnotatedFeedback;

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

    @Test
    void bothFeedbackFilesOfAFileLieInTheOneFeedbackFolder() {
        Path out = Path.of("out");
        String name = FeedbackNames.of("a/return.xlsx");

        assertThat(FeedbackNames.folder(out)).isEqualTo(Path.of("out/feedback"));
        assertThat(FeedbackCsv.fileFor(out, name)).isEqualTo(out.resolve(FeedbackNames.csv("a/return.xlsx")))
                .isEqualTo(Path.of("out/feedback/a/return.xlsx.csv"));
        assertThat(AnnotatedFeedback.fileFor(out, name))
                .isEqualTo(Path.of("out/feedback/a/return.xlsx-feedback.xlsx"));
    }
}
