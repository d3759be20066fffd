package org.armscontrol.tracker.platform.web;

/**
 * One thing wrong with a request, named by the JSON path of the field ({@code source.citation}), the header
 * ({@code If-Match}) or the parameter ({@code asOf}) it concerns.
 */
public record FieldProblem(String field, String message) {
}
