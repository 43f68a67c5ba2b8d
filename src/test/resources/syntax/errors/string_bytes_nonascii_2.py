x = b"""
abc €
"""
