x = 1234.5678
print(f"{x:.2f} {x:10.3f} {x:<10.1f}| {x:e} {x:.3E} {x:g} {x:%} {x:,.2f} {x:+.1f}")
print(format(0.000012345, "g"), format(123456789.0, "g"), format(1e100, ".3g"), format(0.5, ".0%"))
print(f"{3.0:.0f} {2.5:.0f} {float('inf'):f} {float('nan'):>6}")
print("%.3f %e %g %10.2f|%-8.1f|" % (x, x, x, x, x))
