"""The store: article texts, cached extractions, failures, a log of model calls and the claims
by which several workers share it. `Store(target)` opens SQLite (a file path, the default) or
PostgreSQL (a postgresql:// URL; the `postgres` extra). See summarize.store.base."""

from summarize.store.base import (
    DB_ENV,
    LEASE_ENV,
    STORE_VERSION,
    CacheLookups,
    Claim,
    LoggedCall,
    RunStart,
    Store,
    StoredArticle,
    StoreTarget,
    default_db,
    default_db_path,
    is_postgres,
    load_extraction,
    scrub_secrets,
    store_target,
    stored_source,
)

__all__ = [
    "DB_ENV",
    "LEASE_ENV",
    "STORE_VERSION",
    "CacheLookups",
    "Claim",
    "LoggedCall",
    "RunStart",
    "Store",
    "StoreTarget",
    "StoredArticle",
    "default_db",
    "default_db_path",
    "is_postgres",
    "load_extraction",
    "scrub_secrets",
    "store_target",
    "stored_source",
]
