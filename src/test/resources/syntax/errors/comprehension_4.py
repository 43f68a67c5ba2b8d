x = [x async for x in y if z else w]
