café = 1
z = f'{café}'
z = f'é{café}é{café!r:>{café}}'
z = 'é' f'{café}' '😀' f'{"😀"}'
z = f'''😀
   {café} {
café}'''
z = (
    'ü'
    f'{café + café}'
)
z = f'{"中文"}{café}'
z = f'{ café = }'
z = 'ア' 'イ' u'ウ'
z = f'{x}' if True else 'ü'
z = [f'{é}' for é in 'αβγ']
z = {'ключ': f'{значение}'}
