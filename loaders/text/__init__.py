"""A document's text before the model reads it: its layout (field lines, speaker turns of a
transcript), the apparatus blanked out, runs of spaces folded, and the parse itself."""
