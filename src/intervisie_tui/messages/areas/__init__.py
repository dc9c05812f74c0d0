"""The catalogue's tables, one module per area of the app, each exporting `MESSAGES`."""
