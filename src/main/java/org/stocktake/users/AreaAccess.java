package org.stocktake.users;

import java.util.List;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may see an area's data: its submissions, feedback, originals, history and templates (standard §11.1). The one
 * place that decides it, used where that data is loaded, so a route whose rule was forgotten still reveals nothing:
 * the submitters of the area and the central team may; the steering group (the tracker and packs only), other
 * areas' submitters and anonymous users may not, and for them the area does not exist ({@link NotFoundException},
 * 404).
 */
@Component
public class AreaAccess {

    /** The areas a user may see: all of them, or the listed ones (none for steering and anonymous users). */
    public record Scope(boolean allAreas, List<String> areas) {

        public Scope {
            areas = List.copyOf(areas);
        }

        public boolean includes(String areaCode) {
            return allAreas || areas.contains(areaCode);
        }
    }

    private static final Scope NONE = new Scope(false, List.of());
    private static final Scope ALL = new Scope(true, List.of());

    /** The signed-in user of this request, if any. */
    public Optional<PortalUser> currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof PortalUser user
                ? Optional.of(user) : Optional.empty();
    }

    /** The scope of the signed-in user of this request. */
    public Scope scope() {
        return currentUser().map(AreaAccess::scopeOf).orElse(NONE);
    }

    public static Scope scopeOf(PortalUser user) {
        return switch (user.role()) {
            case CENTRAL -> ALL;
            case SUBMITTER -> new Scope(false, user.areas());
            case STEERING -> NONE;
        };
    }

    /** May the signed-in user see this area's data? */
    public boolean maySee(String areaCode) {
        return areaCode != null && scope().includes(areaCode);
    }

    /**
     * Returns the area code when the signed-in user may see the area's data; otherwise throws, and the portal
     * answers 404 as if the area did not exist.
     */
    public String require(String areaCode) {
        if (!maySee(areaCode)) {
            throw new NotFoundException("area not visible to this user");
        }
        return areaCode;
    }
}
