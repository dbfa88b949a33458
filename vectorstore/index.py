"""The index as one object: catalogue, vectors, keywords and the embedder that fills them."""

from __future__ import annotations

from inspectchat.settings import Settings
from vectorstore.catalog import Catalog
from vectorstore.chroma_store import ChromaStore, open_client
from vectorstore.embedder import Embedder, load_embedder
from vectorstore.errors import StoreError
from vectorstore.keyword import KeywordIndex


class Index:
    """Holds the same chunks in three places: the catalogue (text), Chroma (vectors) and BM25 (words)."""

    def __init__(self, settings: Settings, embedder: Embedder | None = None) -> None:
        self.settings = settings
        self.catalog = Catalog(settings.catalog_path)
        self.vectors = ChromaStore(
            open_client(settings.chroma_dir, settings.chroma_host, settings.chroma_port), settings.collection
        )
        self.keywords = KeywordIndex(self.catalog, settings.keyword_dir)
        self._embedder = embedder

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            s = self.settings
            self._embedder = load_embedder(
                s.embedding_model, s.embedding_batch_size, s.embedding_backend, s.data_dir / "onnx"
            )
            self._check_encoder(self._embedder.name)
        return self._embedder

    def _check_encoder(self, name: str) -> None:
        """An index is only searchable with the encoder that built it."""
        built_with = self.catalog.get_state("embedder")
        if built_with is None:
            self.catalog.set_state("embedder", name)
        elif built_with != name:
            raise StoreError(
                f"the index in {self.settings.data_dir} was built with the encoder {built_with!r}, but settings "
                f"select {name!r}; set INSPECTCHAT_EMBEDDING_BACKEND/INSPECTCHAT_EMBEDDING_MODEL to match, or "
                "ingest into a new data directory"
            )

    def remove_document(self, doc_id: str) -> None:
        meta = self.catalog.document(doc_id)
        if meta is not None:
            self.catalog.mark_pending(meta)  # a crash between the two removals is finished by re-ingest
        self.vectors.delete_document(doc_id)
        self.catalog.remove_document(doc_id)
        self.keywords.refresh()

    def is_empty(self) -> bool:
        return not self.catalog.documents()

    def close(self) -> None:
        self.catalog.close()
