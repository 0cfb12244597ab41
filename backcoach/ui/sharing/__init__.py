"""The window's side of sharing: File > Import... and File > Export... and their dialogs."""
