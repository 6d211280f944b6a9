"""The norm editor: the table of norms and its filter, the detail pane with its four lanes of
reasons, history, and the undo commands and operations every edit goes through."""
