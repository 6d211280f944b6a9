"""normlab: record the norms of a practice, the reasons behind them, and how those reasons move."""

__version__ = "0.1.0"
APP_NAME = "normlab"
APP_ID = "org.normlab.Normlab"
