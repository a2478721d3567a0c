package org.closureassurance.simulator.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The methods and constructors of a Java source and their lengths in lines, found by counting
 * braces: comments, string, text block and character literals are blanked first, then every
 * brace opened directly inside a type's body, after a header with a parameter list (or a
 * record's compact constructor), opens a member. A member runs from the first line of its
 * declaration (annotations excluded) to the line of its closing brace. Anonymous, local and
 * nested types are types too, so their methods are members of their own.
 */
final class MethodLengths {
    private static final Pattern TYPE = Pattern.compile("\\b(class|record|enum|interface)\\b|\\bnew\\b");
    private static final Pattern CONTROL = Pattern.compile("^(if|else|for|while|do|switch|try|catch|finally|synchronized|return)\\b");
    private static final Pattern ANNOTATIONS = Pattern.compile("^(@[\\w.]+(\\([^)]*\\))?\\s*)+");
    private static final Pattern COMPACT = Pattern.compile("^((public|protected|private)\\s+)?\\w+$");

    /** A member: its first line (1-based), its length in lines and its declaration. */
    record Member(int line, int lines, String declaration) {
        @Override
        public String toString() {
            return "line " + line + ", " + lines + " lines: " + declaration;
        }
    }

    private enum Kind { TYPE, MEMBER, BLOCK }

    private MethodLengths() {
    }

    static List<Member> of(String source) {
        String s = blanked(source);
        List<Member> out = new ArrayList<>();
        Deque<Kind> kinds = new ArrayDeque<>();
        Deque<Integer> starts = new ArrayDeque<>();
        Deque<String> headers = new ArrayDeque<>();
        int last = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{') {
                String raw = s.substring(last, i);
                String lead = raw.stripLeading();
                int offset = raw.length() - lead.length();
                Matcher annotations = ANNOTATIONS.matcher(lead);
                if (annotations.lookingAt()) {
                    offset += annotations.end();
                }
                String header = raw.substring(offset).strip().replaceAll("\\s+", " ");
                boolean inType = kinds.isEmpty() || kinds.peek() == Kind.TYPE;
                kinds.push(kindOf(header, inType));
                starts.push(lineOf(s, last + offset));
                headers.push(header);
                last = i + 1;
            } else if (c == '}') {
                Kind kind = kinds.pop();
                int start = starts.pop();
                String header = headers.pop();
                if (kind == Kind.MEMBER) {
                    out.add(new Member(start, lineOf(s, i) - start + 1, header));
                }
                last = i + 1;
            } else if (c == ';') {
                last = i + 1;
            }
        }
        return out;
    }

    private static Kind kindOf(String header, boolean inType) {
        if (TYPE.matcher(header).find()) {
            return Kind.TYPE;
        }
        if (!inType || header.contains("=") || header.contains("->") || CONTROL.matcher(header).find()) {
            return Kind.BLOCK;
        }
        return header.contains("(") || COMPACT.matcher(header).matches() && !header.equals("static")
                ? Kind.MEMBER : Kind.BLOCK;
    }

    private static int lineOf(String s, int index) {
        int line = 1;
        for (int k = 0; k < index; k++) {
            if (s.charAt(k) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The source with comments and literals replaced by spaces, line breaks kept. */
    static String blanked(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            int end = literalOrCommentEnd(source, i);
            if (end == i) {
                out.append(source.charAt(i++));
            } else {
                for (int k = i; k < end; k++) {
                    out.append(source.charAt(k) == '\n' ? '\n' : ' ');
                }
                i = end;
            }
        }
        return out.toString();
    }

    /** Where the comment or literal starting at {@code i} ends, or {@code i} if none starts there. */
    private static int literalOrCommentEnd(String s, int i) {
        if (s.startsWith("//", i)) {
            int nl = s.indexOf('\n', i);
            return nl < 0 ? s.length() : nl;
        }
        if (s.startsWith("/*", i)) {
            return s.indexOf("*/", i + 2) + 2;
        }
        if (s.startsWith("\"\"\"", i)) {
            return s.indexOf("\"\"\"", i + 3) + 3;
        }
        char c = s.charAt(i);
        if (c != '"' && c != '\'') {
            return i;
        }
        int k = i + 1;
        while (s.charAt(k) != c) {
            k += s.charAt(k) == '\\' ? 2 : 1;
        }
        return k + 1;
    }
}
