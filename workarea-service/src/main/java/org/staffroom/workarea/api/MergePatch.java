package org.staffroom.workarea.api;

import com.fasterxml.jackson.annotation.JsonAnySetter;

import org.staffroom.platform.domain.InvalidInput;

/**
 * A PATCH body read as a JSON merge patch. A field it does not know is refused rather than ignored, as in a merge
 * patch a misspelt field would otherwise change nothing and still answer 200.
 */
abstract class MergePatch {

    @JsonAnySetter
    void refuse(String field, Object value) {
        throw new InvalidInput(field, "'" + field + "' is not a field of this request.");
    }
}
