package org.armscontrol.tracker.query.profile;

import org.armscontrol.tracker.shared.value.InvalidValueException;
import org.springframework.http.MediaType;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What a profile is written in: HTML (the default) or Markdown. Named by {@code ?format=} (html, md or markdown),
 * which wins over the Accept header because a link cannot set headers.
 */
enum ProfileFormat {

    HTML(new MediaType("text", "html", StandardCharsets.UTF_8)),
    MARKDOWN(new MediaType("text", "markdown", StandardCharsets.UTF_8));

    private final MediaType mediaType;

    ProfileFormat(MediaType mediaType) {
        this.mediaType = mediaType;
    }

    MediaType mediaType() {
        return mediaType;
    }

    static ProfileFormat named(String raw) {
        return switch (raw) {
            case "html" -> HTML;
            case "md", "markdown" -> MARKDOWN;
            default -> throw new InvalidValueException("format", "format '" + raw + "' is not one of html, md, markdown");
        };
    }

    /** The format the Accept header prefers; HTML when it names neither (or is absent). */
    static ProfileFormat accepted(String accept) {
        if (accept == null || accept.isBlank()) {
            return HTML;
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (IllegalArgumentException e) {
            return HTML;
        }
        MediaType.sortByQualityValue(types);
        for (MediaType type : types) {
            if (type.getQualityValue() == 0) {
                continue;
            }
            if (type.isWildcardType() || type.isWildcardSubtype()) {
                return HTML;
            }
            for (ProfileFormat format : values()) {
                if (format.mediaType.isCompatibleWith(type)) {
                    return format;
                }
            }
        }
        return HTML;
    }
}
