"""Small pure formulas of the calibrated engine: model shapes, memory and devices, roofline times, device power.

Every function takes plain floats or numpy arrays (the fit and ``run_many`` pass arrays, ``run`` passes floats),
and every quantity carries its unit in its name.
"""
