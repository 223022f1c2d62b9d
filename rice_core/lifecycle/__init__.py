"""Beyond operational CO2e: embodied (manufacturing) carbon, water and primary energy of one LLM request.

``data`` loads the sourced catalogs (``embodied.json``, ``water.json``, ``electricity_water.json``) lazily and checks
them; ``formulas`` holds the pure maths, units in every name; ``figures.with_lifecycle(estimate)`` fills an
``Estimate``'s life-cycle fields from the figures the engine already computed; ``scope`` picks the CO2e a budget
counts (operational or life-cycle). See docs/lifecycle.md.
"""
