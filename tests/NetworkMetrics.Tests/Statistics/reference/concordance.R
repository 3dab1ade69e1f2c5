# Reference values for ConcordanceTests.cs: R's survival::concordance, oriented so that a higher
# score going with a shorter time is concordant (reverse = TRUE).
# Rerun: Rscript tests/NetworkMetrics.Tests/Statistics/reference/concordance.R
# (Debian: apt-get install -y r-base-core r-cran-survival). Data are synthetic.
library(survival)
show <- function(name, time, status, score) {
  fit <- concordance(Surv(time, status) ~ score, reverse = TRUE)
  k <- fit$count
  cat(sprintf("%s concordant %d discordant %d tied.x %d tied.y %d tied.xy %d index %.17g\n", name,
              as.integer(k["concordant"]), as.integer(k["discordant"]), as.integer(k["tied.x"]),
              as.integer(k["tied.y"]), as.integer(k["tied.xy"]), fit$concordance))
}

# 1. Small: ties in score, ties in time (event/event, event/censored), censoring.
show("small", c(1, 2, 2, 3, 3, 4, 5, 5, 6, 7), c(1, 0, 1, 1, 0, 0, 1, 1, 0, 1),
     c(9, 7, 8, 8, 3, 5, 4, 4, 2, 1))

# 2. Perfect: the higher the score, the sooner the event.
show("perfect", c(1, 2, 3, 4, 5, 6), c(1, 1, 1, 1, 1, 0), c(60, 50, 40, 30, 20, 10))

# 3. Deterministic formula (the C# test builds the same), i = 1..300:
#    time = (i * 37 mod 101) / 4, event = (i * 13 mod 7) != 0, score = (i * 17 mod 23) / 2.
i <- 1:300
show("formula-300", ((i * 37) %% 101) / 4, as.integer(((i * 13) %% 7) != 0), ((i * 17) %% 23) / 2)

# 4. Score related to time: score = 100 - time + (i mod 5), integer times with many ties.
i <- 1:150
tm <- (i * 7) %% 31
show("related-150", tm, as.integer((i %% 4) != 0), 100 - tm + (i %% 5))
