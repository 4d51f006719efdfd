"""`summarize run`: stub, being built."""
