"""Everything the app knows, with no Qt: the vault, records, search, tracker, exports."""
