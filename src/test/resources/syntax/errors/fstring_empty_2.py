x = f'abc { }'
