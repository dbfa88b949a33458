"""Inspection Chat: the edges (settings, command line) over the ingest/vectorstore/assistant core."""
