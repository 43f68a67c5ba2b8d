foo())
