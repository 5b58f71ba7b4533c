package org.stocktake.intake;

import java.util.List;
import java.util.Set;

import org.stocktake.feedback.Quarantine;
import org.stocktake.validation.ReturnStatus;

/**
 * Whose returns an upload may hold (standard §11.2). A submitter may upload only their own areas' returns: a return
 * whose Cover names another area is refused whole ({@link AreaRefusedException}). A file whose area cannot be read
 * (FILE-*, TPL-*, COV-AREA-FORMAT, COV-AREA-UNKNOWN, a blank area code), or may not be kept (QUARANTINED), belongs
 * to the uploader's first area. The central team may upload any area's return; an inbox file is read as {@link #ANY}.
 *
 * @param anyArea  true for the central team and the inbox
 * @param areas    the areas a submitter may upload for, the first of them owning what cannot be placed otherwise
 */
public record UploadAreas(boolean anyArea, List<String> areas) {

    /** Any area; a file whose area cannot be read belongs to none. */
    public static final UploadAreas ANY = new UploadAreas(true, List.of());

    public UploadAreas {
        areas = List.copyOf(areas);
    }

    /** A submitter of these areas (in the order the first is taken from). */
    public static UploadAreas only(List<String> areas) {
        return new UploadAreas(false, areas);
    }

    public boolean allows(String areaCode) {
        return anyArea || Set.copyOf(areas).contains(areaCode);
    }

    /**
     * The area a validated return is stored under.
     *
     * @param coverArea the area code read from the Cover, null when it could not be read
     * @throws AreaRefusedException when the Cover names an area this uploader may not upload for
     */
    String areaOf(String coverArea, ReturnStatus status) {
        if (coverArea != null && !allows(coverArea)) {
            throw new AreaRefusedException();
        }
        String kept = Quarantine.kept(status, coverArea);
        return kept != null ? kept : owner();
    }

    /**
     * Checks a byte-identical duplicate of a submission of the given area (null when it has none): repeating another
     * area's file is refused as that file would be.
     */
    void checkDuplicateOf(String areaCode) {
        if (areaCode != null && !allows(areaCode)) {
            throw new AreaRefusedException();
        }
    }

    /** The area that owns an upload whose area cannot be read; null for the central team and the inbox. */
    private String owner() {
        return anyArea || areas.isEmpty() ? null : areas.get(0);
    }
}
