"""normlab's Alembic migrations, shipped inside the package as ``normlab.migrations``."""
