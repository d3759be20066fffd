package org.armscontrol.tracker.platform.web;

import org.springframework.util.unit.DataSize;

/**
 * A body size limit of its own for one path, instead of {@code tracker.http.max-body-size}: declare it as a bean
 * (bulk imports take files of megabytes, single writes never need more than kilobytes).
 *
 * @param path    the request path it applies to, exactly (e.g. {@code /api/imports})
 * @param maxSize the largest body accepted there
 */
public record BodySizeLimit(String path, DataSize maxSize) {
}
