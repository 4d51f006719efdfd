"""`summarize brief`: stub, being built."""
