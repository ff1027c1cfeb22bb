package org.staffroom.platform.web;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

import org.staffroom.platform.domain.InvalidInput;

/**
 * Reads a text field of a request body as people type it. It must be a JSON string, not a number or a boolean
 * taken for text, and it may hold no control character other than tab, line feed and carriage return, and no
 * half of a surrogate pair: no screen shows them, and a stray NUL or lone surrogate breaks whatever reads the
 * text next, such as an email or an export. Whether a field may span lines is the field's own rule.
 */
final class TypedText extends StdScalarDeserializer<String> {

    TypedText() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return (String) context.handleUnexpectedToken(String.class, parser);
        }
        String text = parser.getString();
        if (!isTyped(text)) {
            String field = fieldOf(parser);
            throw new InvalidInput(field, field + " holds a control character or half of a surrogate pair.");
        }
        return text;
    }

    /** The property the text is in, or holds it in a list; the request body itself when it is neither. */
    private static String fieldOf(JsonParser parser) {
        for (TokenStreamContext context = parser.streamReadContext(); context != null;
                context = context.getParent()) {
            if (context.currentName() != null) {
                return context.currentName();
            }
        }
        return "(request body)";
    }

    static boolean isTyped(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            } else if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
        }
        return true;
    }
}
