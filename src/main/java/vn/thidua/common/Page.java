package vn.thidua.common;

import java.util.List;

/** One page of a longer list, with the total count of the whole list. */
public record Page<T>(List<T> items, long total) {
}
