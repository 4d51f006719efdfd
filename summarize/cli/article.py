"""`summarize article`: stub, being built."""
