"""Extraction rules over the spaCy parse: articles in, entities and facts out.

``extract_article`` handles one :class:`~dipgraph.graph.models.Article`;
``extract_many`` streams many through ``nlp.pipe``. ``to_document`` gives the
JSON shape the scorer and the CLI read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from spacy.language import Language
from spacy.symbols import NORM, ORTH
from spacy.tokenizer import Tokenizer

from dipgraph.errors import ExtractionError
from dipgraph.graph.models import Article, Extraction
from dipgraph.loaders.extract.assemble import assemble
from dipgraph.loaders.extract.body import newline_sentences
from dipgraph.loaders.extract.document import to_document
from dipgraph.loaders.extract.recase import recase_names
from dipgraph.loaders.nlp import load_model

__all__ = ["extract_article", "extract_many", "prepare", "to_document"]

_COMPONENT = "dipgraph_newline_sentences"
assert newline_sentences is not None  # registers the component factory


def prepare(nlp: Language | None = None) -> Language:
    """The pipeline to use, with the line-break sentence splitter added once.

    The splitter runs before the parser so a headline or caption never merges
    with the next sentence; the pipeline passed in is modified in place.
    """
    pipeline = nlp if nlp is not None else load_model()
    if _COMPONENT not in pipeline.pipe_names:
        before = "parser" if "parser" in pipeline.pipe_names else None
        pipeline.add_pipe(_COMPONENT, before=before)
        # "..., Prevot wrote on X. Brussels has ...": the platform ends the sentence (the
        # tokenizer reads "X." as an initial and runs the two sentences together)
        if isinstance(pipeline.tokenizer, Tokenizer):
            pipeline.tokenizer.add_special_case("X.", [{ORTH: "X"}, {ORTH: "."}])
            _keep_joined(pipeline.tokenizer)
    return pipeline


#: Hyphenated spellings the tokenizer would split into a stray prefix ("co", "-",
#: "operation") that the parser then reads as three nouns; each stays one token, normed
#: to its closed-up spelling so the tagger reads it as that word.
_JOINED_STEMS = ("co-operat", "co-ordinat")
_JOINED_ENDINGS = ("e", "es", "ed", "ing", "ion", "ions", "ive", "ives", "or", "ors")


def _keep_joined(tokenizer: Tokenizer) -> None:
    for stem in _JOINED_STEMS:
        for ending in _JOINED_ENDINGS:
            word = stem + ending
            for form in (word, word[0].upper() + word[1:]):
                tokenizer.add_special_case(form, [{ORTH: form, NORM: word.replace("-", "")}])


def _readable(text: str) -> str:
    """The text the parser reads: names in capitals recased (the text itself should that
    step fail, so a bug there costs the recasing, never the article)."""
    try:
        return recase_names(text)
    except Exception:  # (recasing is a help to the parser, not a step it needs)
        return text


def extract_article(article: Article, nlp: Language | None = None) -> Extraction:
    """Entities and facts of one article (loads the default model when ``nlp`` is None)."""
    pipeline = prepare(nlp)
    return assemble(article, pipeline(_readable(article.text)), pipeline)


def extract_many(
    articles: Iterable[Article],
    nlp: Language | None = None,
    *,
    batch_size: int = 16,
    n_process: int = 1,
    on_error: Callable[[Article, ExtractionError], object] | None = None,
) -> Iterator[Extraction]:
    """Extractions of ``articles`` in order, parsing them in batches with ``nlp.pipe``.

    An article the rules fail on raises :class:`ExtractionError` naming it; with
    ``on_error`` it is handed there instead and skipped, and the batch goes on.
    """
    pipeline = prepare(nlp)
    pairs = ((_readable(a.text), a) for a in articles)  # ("WANG Wenbin": a name)
    for doc, article in pipeline.pipe(pairs, as_tuples=True, batch_size=batch_size,
                                      n_process=n_process):
        try:
            extraction = assemble(article, doc, pipeline)
        except Exception as err:  # (any bug in a rule: name the article, keep the batch)
            why = " ".join(str(err).split())[:200]  # (one line, whatever the error says)
            failure = ExtractionError(
                article.path or article.id,
                f"extraction failed ({type(err).__name__}: {why}); please report it")
            if on_error is None:
                raise failure from err
            on_error(article, failure)
            continue
        yield extraction
