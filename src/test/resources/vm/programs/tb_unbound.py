def outer():
    def inner():
        return zzqq_unset
    result = inner()
    zzqq_unset = 1
    return result


outer()
