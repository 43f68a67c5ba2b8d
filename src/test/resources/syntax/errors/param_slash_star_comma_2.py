lambda a, /*: 0
