"""Help for each question (which rules of the chosen province read it, with sources) and the glossary."""
