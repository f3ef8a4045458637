// The one-sided binomial test behind "its failures are improbably many for the
// plateau's own error rate" (docs/grid-rules.md §5).
#pragma once

#include <QtGlobal>

namespace palier {

// P(X >= k) for X ~ Binomial(n, p). Exact: the terms are summed from k upwards
// by the ratio pmf(i+1)/pmf(i) = (n−i)/(i+1) · p/(1−p), starting from pmf(k)
// computed in Loader's saddle-point form (accurate at any n), until they no
// longer change the sum. 1 for k <= 0, 0 for k > n. A tail below the smallest
// double is 0; one above it is never lost to underflow.
double binomialUpperTail(qint64 k, qint64 n, double p);

} // namespace palier
