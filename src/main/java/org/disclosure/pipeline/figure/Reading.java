package org.disclosure.pipeline.figure;

/** What a printed text says as a figure: a figure, nothing, or something that is not one (with why). */
public sealed interface Reading permits Figure, Reading.Blank, Reading.Placeholder, Reading.NotAFigure {

    /** Nothing was printed. */
    record Blank() implements Reading {
    }

    /** A dash or slash printed where a figure would stand: "none", which is not zero. */
    record Placeholder(String printed) implements Reading {
    }

    /** Text that is not a figure, or a malformed or ambiguous one: the reason says which. */
    record NotAFigure(String printed, String reason) implements Reading {
    }
}
