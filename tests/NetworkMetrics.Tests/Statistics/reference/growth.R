# Reference values for GrowthReferenceTests.cs: R's nls (Gauss-Newton with analytic gradients from
# deriv(), started near the optimum, tight tolerance) on two synthetic regrowth series, every
# growth model: coefficients, standard
# errors, RSS, residual df, AIC() (R's convention for nls) and AICc = AIC + 2k(k+1)/(n-k-1), k = p+1.
# Rerun: Rscript tests/NetworkMetrics.Tests/Statistics/reference/growth.R  (Debian: r-base-core).
# The C# test builds the same series from the formulas below.
options(digits = 17)
ctl <- nls.control(maxiter = 1000, tol = 1e-8, minFactor = 1e-12)

# expr, and failing that fallback (lazily evaluated), each an nls call; the first that converges.
show <- function(name, model, expr, fallback = NULL) {
  fit <- tryCatch(expr, error = function(e) NULL)
  if (is.null(fit)) fit <- tryCatch(fallback, error = function(e) NULL)
  if (is.null(fit)) {
    cat(sprintf("%s %s not-converged\n", name, model))
    return(invisible())
  }
  s <- summary(fit)
  co <- s$coefficients
  k <- length(coef(fit)) + 1
  n <- length(residuals(fit))
  aic <- AIC(fit)
  cat(sprintf("%s %s rss %.17g df %d sigma %.17g aic %.17g aicc %.17g offset %.3g\n", name, model, deviance(fit),
              df.residual(fit), s$sigma, aic, aic + 2 * k * (k + 1) / (n - k - 1), fit$convInfo$finTol))
  for (j in seq_len(nrow(co))) {
    cat(sprintf("  %s %.17g %.17g\n", rownames(co)[j], co[j, 1], co[j, 2]))
  }
}

# Analytic gradients: nls's numeric ones cap the reachable relative offset near 1e-9.
se <- deriv(~ K * (1 - exp(-r * t)), c("K", "r"), function(K, r, t) {})
lo <- deriv(~ K / (1 + exp(-r * (t - t0))), c("K", "r", "t0"), function(K, r, t0, t) {})
ri <- deriv(~ K / (1 + exp(-r * (t - t0)))^(1 / nu), c("K", "r", "t0", "nu"), function(K, r, t0, nu, t) {})
go <- deriv(~ K * exp(-b * exp(-c * t)), c("K", "b", "c"), function(K, b, c, t) {})

fitall <- function(name, t, y, s) {
  d <- data.frame(t = t, y = y)
  # lm: the same least squares and the same logLik/AIC as nls (nls stalls on a linear model at this tol).
  lin <- lm(y ~ t, d)
  s1 <- summary(lin)
  aic <- AIC(lin)
  cat(sprintf("%s linear rss %.17g df %d sigma %.17g aic %.17g aicc %.17g\n", name, deviance(lin),
              df.residual(lin), s1$sigma, aic, aic + 2 * 3 * 4 / (length(t) - 4)))
  cat(sprintf("  slope %.17g %.17g\n  intercept %.17g %.17g\n", s1$coefficients[2, 1], s1$coefficients[2, 2],
              s1$coefficients[1, 1], s1$coefficients[1, 2]))
  show(name, "saturating-exponential", nls(y ~ se(K, r, t), d, start = s$se, control = ctl))
  show(name, "logistic", nls(y ~ lo(K, r, t0, t), d, start = s$lo, control = ctl))
  show(name, "richards", nls(y ~ ri(K, r, t0, nu, t), d, start = s$ri, control = ctl),
       nls(y ~ K / (1 + exp(-r * (t - t0)))^(1 / nu), d, start = s$ri, control = ctl))
  show(name, "gompertz", nls(y ~ go(K, b, c, t), d, start = s$go, control = ctl),
       nls(y ~ K * exp(-b * exp(-c * t)), d, start = s$go, control = ctl))
}

# Series A: S-shaped regrowth, 60 days, fractional times t = 0.5 + 1.5 i.
i <- 0:59
t <- 0.5 + 1.5 * i
y <- 300 / (1 + exp(-0.08 * (t - 40))) + 6 * sin(1.7 * i) + 3 * cos(0.9 * i)
fitall("A", t, y, list(se = list(K = 400, r = 0.02), lo = list(K = 300, r = 0.08, t0 = 40),
                       ri = list(K = 300, r = 0.08, t0 = 40, nu = 1), go = list(K = 300, b = 10, c = 0.05)))

# Series A, saturating exponential again, started near the optimum our fitter finds (K about 3200,
# a long flat valley towards the linear limit): R's Gauss-Newton does not get there from (400, 0.02).
d <- data.frame(t = t, y = y)
show("A", "saturating-exponential-near", nls(y ~ se(K, r, t), d, start = list(K = 3000, r = 0.0013), control = ctl))

# Series B: concave regrowth (fast at first, levelling off), 45 days, t = i.
i <- 1:45
t <- i
y <- 120 * (1 - exp(-0.09 * t)) + 2.5 * sin(2.3 * i) + 1.5 * cos(0.7 * i)
fitall("B", t, y, list(se = list(K = 120, r = 0.09), lo = list(K = 110, r = 0.15, t0 = 8),
                       ri = list(K = 120, r = 0.09, t0 = 0, nu = 0.1), go = list(K = 115, b = 2, c = 0.1)))
