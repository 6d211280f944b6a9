"""The shell: starting the app, the main window that wires the rooms together, its menus and
actions, remembered window settings, About and the last-resort error handler."""
