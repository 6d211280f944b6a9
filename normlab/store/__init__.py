"""The store: tables, engines, migrations and the queries that turn rows into domain values."""
