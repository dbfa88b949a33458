"""Domain errors of the stores; the edges turn them into messages."""


class StoreError(Exception):
    """The index cannot be opened, read or written."""


class ModelNotFoundError(StoreError):
    """The embedding model is not where settings say."""
