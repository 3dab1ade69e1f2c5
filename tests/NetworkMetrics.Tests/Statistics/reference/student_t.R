# Reference values for StudentTTests.cs: R's qt and pt (R 4.2.2). R, not scipy: scipy 1.10's
# t.ppf (cephes stdtrit) is accurate to about 1e-10 only, while qt agrees with the closed forms
# (df = 1: tan(0.475 pi) = 12.706204736174707; df = 2: 4.302652729749462) to 1e-15.
# Rerun: Rscript tests/NetworkMetrics.Tests/Statistics/reference/student_t.R  (Debian: r-base-core).
for (df in c(1, 2, 3, 4, 6, 10, 30, 100, 363, 10000, 2.5, 7.5)) {
  cat(sprintf("{ %s, %.17g, %.17g, %.17g },\n", format(df), qt(0.975, df), pt(2, df, lower.tail = FALSE),
              pt(10, df, lower.tail = FALSE)))
}
