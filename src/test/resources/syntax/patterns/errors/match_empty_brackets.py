match []
