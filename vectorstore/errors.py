"""Domain errors of the stores; the edges turn them into messages."""


class StoreError(Exception):
    """The index cannot be opened, read or written."""


class ModelNotFoundError(StoreError):
    """The embedding model is not where settings say."""


class StoreUnavailableError(StoreError):
    """The Chroma server does not answer (stopped, restarting, unreachable). Transient: the store reconnects
    by itself on the next call, so the app and the index need no restart once the server is back."""
