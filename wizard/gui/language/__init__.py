"""The interface's language: translations, shared texts, display names and pseudo-English."""
