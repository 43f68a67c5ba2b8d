# n-body style float arithmetic on lists of floats (no classes).
def advance(bodies, dt, steps):
    n = len(bodies)
    for _ in range(steps):
        for i in range(n):
            bi = bodies[i]
            for j in range(i + 1, n):
                bj = bodies[j]
                dx = bi[0] - bj[0]
                dy = bi[1] - bj[1]
                dz = bi[2] - bj[2]
                d2 = dx * dx + dy * dy + dz * dz
                mag = dt / (d2 * d2 ** 0.5)
                mi = bi[6] * mag
                mj = bj[6] * mag
                bi[3] -= dx * mj
                bi[4] -= dy * mj
                bi[5] -= dz * mj
                bj[3] += dx * mi
                bj[4] += dy * mi
                bj[5] += dz * mi
        for b in bodies:
            b[0] += dt * b[3]
            b[1] += dt * b[4]
            b[2] += dt * b[5]

def energy(bodies):
    e = 0.0
    n = len(bodies)
    for i in range(n):
        b = bodies[i]
        e += 0.5 * b[6] * (b[3] * b[3] + b[4] * b[4] + b[5] * b[5])
        for j in range(i + 1, n):
            c = bodies[j]
            dx = b[0] - c[0]
            dy = b[1] - c[1]
            dz = b[2] - c[2]
            e -= b[6] * c[6] / (dx * dx + dy * dy + dz * dz) ** 0.5
    return e

bodies = [
    [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 39.47841760435743],
    [4.84, -1.16, -0.10, 0.606, 2.81, -0.02, 0.037],
    [8.34, 4.12, -0.40, -1.01, 1.82, 0.008, 0.011],
    [12.89, -15.11, -0.22, 1.08, 0.868, -0.01, 0.0017],
    [15.37, -25.91, 0.17, 0.979, 0.594, -0.034, 0.002],
]
print(f"{energy(bodies):.9f}")
advance(bodies, 0.01, 150_000)
print(f"{energy(bodies):.9f}")
