package org.stocktake.users;

import java.util.List;

/** What {@code users add} asks for: the areas are register area codes (submitters only). */
public record NewUser(String email, String name, Role role, List<String> areas) {

    public NewUser {
        areas = List.copyOf(areas);
    }
}
