# Reference values for SpearmanTests.cs: scipy.stats.spearmanr (average ranks, p from Student's t
# with n - 2 degrees of freedom, two-sided).
# Rerun: /usr/bin/python3 tests/NetworkMetrics.Tests/Statistics/reference/spearman.py
# (Debian: apt-get install -y python3-scipy). Data are synthetic.
import scipy
from scipy.stats import spearmanr

print("# scipy", scipy.__version__)


def show(name, x, y):
    r = spearmanr(x, y)
    print(f"{name} rho {r.statistic!r} p {r.pvalue!r} n {len(x)}")


show("ties", [1, 2, 2, 3, 4, 4, 4, 5, 6, 7], [2, 1, 4, 3, 3, 6, 5, 8, 7, 7])
show("negative", [10.5, 3, 7, 7, 1, 9, 2.5, 4], [1, 6, 3, 2, 9, 1, 7, 5])
show("three", [1, 2, 3], [1, 3, 2])
show("perfect", [1, 2, 3, 4, 5], [2, 4, 6, 8, 100])
# Deterministic formula (the C# test builds the same), i = 1..500:
# x = (i * 37 mod 101), y = 10 (i * 13 mod 47) + 50 (i mod 3) + floor(x / 2).
xs = [(i * 37) % 101 for i in range(1, 501)]
ys = [10 * ((i * 13) % 47) + 50 * (i % 3) + xs[i - 1] // 2 for i in range(1, 501)]
show("formula-500", xs, ys)
# Weak association on many points: the p-value sits in the middle of the range.
xs = [(i * 7) % 19 for i in range(1, 61)]
ys = [(i * 11) % 23 + (i % 2) for i in range(1, 61)]
show("weak-60", xs, ys)

