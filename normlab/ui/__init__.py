"""The window: what people see and touch. Rooms, from the top down: shell wires the window together;
meeting, printing and editor are the screens; teams the side list; widgets the small shared pieces.
Arrows point down only (see the import contracts in pyproject.toml)."""
