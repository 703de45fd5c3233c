"""briefx's spaCy components, one module each, registered with ``@Language.factory``.

Importing this package registers all of them; spaCy also finds each one through the
``spacy_factories`` entry point, so ``nlp.add_pipe("briefx_figures")`` works without an import.
"""

from briefx.pipeline import attributes, dates, entities, figures, metadata, statements

__all__ = ["attributes", "dates", "entities", "figures", "metadata", "statements"]
