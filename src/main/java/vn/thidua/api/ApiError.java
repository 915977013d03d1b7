package vn.thidua.api;

import java.util.Map;

/** The JSON body of every API error. */
public record ApiError(int status, String message, Map<String, String> fieldErrors) {
}
