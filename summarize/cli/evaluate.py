"""`summarize evaluate`: stub, being built."""
