package org.stocktake.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.junit.jupiter.api.Test;

class CommentBoxTests {

    /** Columns 10 characters wide (75 px). */
    final CommentBox boxes = new CommentBox(c -> CommentBox.columnPx(10));

    @Test
    void aBoxSitsBesideItsCellAsLargeAsItsTextAndBelowTheBoxesItWouldCover() {
        // B2: 24 characters (180 px) from 6 px into C, one line (28 px) from 2 px into row 2
        assertThat(box(1, 1, "short")).containsExactly(2, 6, 1, 2, 4, 36, 2, 13);
        // B3 would start at 36 px; B2's box ends at 47 px: B3's starts 6 px below it, at 53 px
        assertThat(box(2, 1, "x".repeat(50), "second line")).containsExactly(2, 6, 3, 2, 6, 68, 5, 12);
        // H3, to the right of both boxes, keeps its row
        assertThat(box(2, 7, "far")).containsExactly(8, 6, 2, 2, 10, 36, 3, 13);
    }

    List<Integer> box(int row, int column, String... lines) {
        ClientAnchor a = boxes.place(new XSSFClientAnchor(), row, column, List.of(lines));
        return List.of((int) a.getCol1(), a.getDx1() / Units.EMU_PER_PIXEL, a.getRow1(), a.getDy1() / Units.EMU_PER_PIXEL,
                (int) a.getCol2(), a.getDx2() / Units.EMU_PER_PIXEL, a.getRow2(), a.getDy2() / Units.EMU_PER_PIXEL);
    }
}
