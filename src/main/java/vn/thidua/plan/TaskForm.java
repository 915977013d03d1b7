package vn.thidua.plan;

import java.util.List;

/** A plan task as typed; due is the text people write ("Quý II năm 2024", "Nhiệm vụ thường xuyên"). */
public record TaskForm(String code, String content, Long leadUnitId, String leadBody, List<String> coordinatingBodies,
                       String due, Long version) {
}
