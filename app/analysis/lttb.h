// Reducing a long series to what a chart can show, before drawing it. A chart
// a thousand pixels wide cannot show a million points, and handing them all to
// the drawing layer makes every repaint slow; these functions pick the points
// that keep the series' visible shape.
#pragma once

#include <cstddef>
#include <span>
#include <vector>

namespace palier {

// Largest-Triangle-Three-Buckets (Steinarsson 2013, "Downsampling Time Series
// for Visual Representation", §4.2): keeps the first and last point and, in each
// of threshold − 2 equal buckets between them, the point forming the largest
// triangle with the point kept in the previous bucket and the mean of the next
// bucket. Peaks and troughs survive, which plain decimation loses.
//
// x must be ascending. Points whose x or y is NaN are skipped (never kept). Returns
// the indices into x/y of the points kept, ascending. When the series has no more
// than `threshold` known points, or threshold < 3, every known point is kept.
// O(n) time.
std::vector<std::size_t> lttbIndices(std::span<const double> x, std::span<const double> y,
                                     std::size_t threshold);

// Min/max per bucket: splits the known points into `buckets` equal runs of
// indices and keeps, in each, the first, the minimum, the maximum and the last
// point (each once, in x order). Every extreme survives, so it suits spiky series
// (errors per second) and bars. Same input rules as lttbIndices; at most
// 4 × buckets points are kept. O(n) time.
std::vector<std::size_t> minMaxIndices(std::span<const double> x, std::span<const double> y,
                                       std::size_t buckets);

} // namespace palier
