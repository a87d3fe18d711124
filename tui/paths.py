"""Where Presser keeps the user's config, state and caches.

platformdirs gives the per-OS places; ``PRESSER_CONFIG_DIR``, ``PRESSER_STATE_DIR``
and ``PRESSER_CACHE_DIR`` override them, so tests (and users with unusual setups)
never touch the real ones.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "presser"


def _dir(env: str, default: str) -> Path:
    override = os.environ.get(env)
    return Path(override) if override else Path(default)


def config_dir() -> Path:
    """Directory of ``config.toml``."""
    return _dir("PRESSER_CONFIG_DIR", platformdirs.user_config_dir(APP_NAME))


def state_dir() -> Path:
    """Directory of the reading state and saved quotes."""
    return _dir("PRESSER_STATE_DIR", platformdirs.user_state_dir(APP_NAME))


def cache_dir() -> Path:
    """Directory of the parse cache and the search index (safe to delete)."""
    return _dir("PRESSER_CACHE_DIR", platformdirs.user_cache_dir(APP_NAME))
