"""API resources, one module per area; each is imported on first attribute access."""
