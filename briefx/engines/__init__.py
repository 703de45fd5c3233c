"""Ways to run briefx over many files beyond one machine's process pool (``briefx.run``).

Each engine lives in its own module and imports its framework lazily, so ``briefx`` works
without any of them installed: ``briefx.engines.dask`` needs ``pip install 'briefx[dask]'``.
"""
