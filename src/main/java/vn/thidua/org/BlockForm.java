package vn.thidua.org;

import java.util.List;

/** What a user sends to create or change an emulation block. */
public record BlockForm(String name, Integer year, String description, List<Long> unitIds, Long version) {
}
