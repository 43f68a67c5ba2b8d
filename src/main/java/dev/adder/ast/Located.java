package dev.adder.ast;

/** A node with CPython's position attributes: 1-based lines, 0-based UTF-8 byte columns. */
public interface Located {
    int lineno();

    int col_offset();

    int end_lineno();

    int end_col_offset();
}
