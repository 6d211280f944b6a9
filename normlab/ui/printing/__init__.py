"""The Print centre: ground-rules and token options beside a live preview of the real PDF."""
