inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, -inf, nan == nan, nan != nan, nan < 1, inf > 1e308)
print(1 / inf, -1 / inf, inf == inf, [nan] == [nan])
import sys
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig)
