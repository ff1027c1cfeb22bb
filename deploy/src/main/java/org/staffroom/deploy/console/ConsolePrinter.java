package org.staffroom.deploy.console;

import java.io.PrintStream;
import java.util.List;

/**
 * The launcher's output for the person at the terminal; everything else goes to the log files.
 */
public final class ConsolePrinter {

    private final PrintStream out;
    private final PrintStream err;

    public ConsolePrinter(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static ConsolePrinter system() {
        return new ConsolePrinter(System.out, System.err);
    }

    public void line(String text) {
        out.println(text);
    }

    public void line(String format, Object... arguments) {
        out.println(String.format(format, arguments));
    }

    public void warning(String text) {
        err.println("warning: " + text);
    }

    public void error(String text) {
        err.println("error: " + text);
    }

    /** A table whose columns are as wide as their widest cell. */
    public void table(List<String> header, List<List<String>> rows) {
        int[] widths = new int[header.size()];
        for (List<String> row : concat(header, rows)) {
            for (int column = 0; column < row.size(); column++) {
                widths[column] = Math.max(widths[column], row.get(column).length());
            }
        }
        concat(header, rows).forEach(row -> out.println(format(row, widths)));
    }

    private static List<List<String>> concat(List<String> header, List<List<String>> rows) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(header), rows.stream()).toList();
    }

    private static String format(List<String> row, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int column = 0; column < row.size(); column++) {
            String cell = row.get(column);
            line.append(cell).append(" ".repeat(widths[column] - cell.length() + 2));
        }
        return line.toString().stripTrailing();
    }
}
