# Reference values for KaplanMeierTests.cs: R's survival package, survfit() with its defaults
# (conf.type = "log", 95%), summary() for the table and print()'s median and its interval.
# Rerun: Rscript tests/NetworkMetrics.Tests/Statistics/reference/kaplan_meier.R
# (Debian: apt-get install -y r-base-core r-cran-survival). Data are synthetic.
library(survival)
options(digits = 17)

show <- function(name, time, status) {
  fit <- survfit(Surv(time, status) ~ 1)
  s <- summary(fit)
  cat("#", name, "\n")
  for (i in seq_along(s$time)) {
    cat(sprintf("%.17g %d %d %d %.17g %.17g %.17g %.17g\n", s$time[i], s$n.risk[i], s$n.event[i],
                s$n.censor[i], s$surv[i], s$std.err[i], s$lower[i], s$upper[i]))
  }
  tab <- summary(fit)$table
  cat(sprintf("median %.17g lower %.17g upper %.17g n %d events %d\n", tab["median"], tab["0.95LCL"],
              tab["0.95UCL"], as.integer(tab["n.max"]), as.integer(tab["events"])))
}

# 1. Ties of events, censorings at event times, last subject an event (S falls to 0).
show("small", c(1, 2, 2, 3, 3, 4, 5, 5, 6, 7), c(1, 0, 1, 1, 0, 0, 1, 1, 0, 1))

# 2. S(t) = 0.5 exactly on a stretch: R's median is the midpoint to the next event time.
show("flat-half", c(1, 2, 3, 4, 5, 6), c(1, 1, 1, 0, 1, 0))

# 3. Fractional times, heavy censoring, the curve never reaches 0.5.
show("never-half", c(0.5, 1.25, 1.25, 2, 3.5, 4, 4, 4, 6.75, 9), c(1, 1, 0, 0, 1, 0, 0, 0, 0, 0))

# 4. A larger deterministic set (the C# test builds the same from the formula):
#    time_i = (i * 37 mod 101) / 4, event_i = (i * 13 mod 7) != 0, i = 1..200.
i <- 1:200
show("formula-200", ((i * 37) %% 101) / 4, as.integer(((i * 13) %% 7) != 0))
