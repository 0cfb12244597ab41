"""Sharing content: importing exercise and routine files from others, exporting one's own."""
