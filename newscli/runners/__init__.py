"""Runners: one process (pipeline), a process pool (parallel) and a Dask cluster (distributed)."""
