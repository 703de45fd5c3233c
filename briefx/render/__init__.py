"""Renderers: take ``Brief`` records, yield text. They know nothing of spaCy."""
