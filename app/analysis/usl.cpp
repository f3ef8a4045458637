#include "analysis/usl.h"

#include <QtGlobal>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <set>

namespace palier {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

using Vec3 = std::array<double, 3>;        // σ, κ, λ
using Mat3 = std::array<Vec3, 3>;

double model(const Vec3 &p, double n)
{
    return p[2] * n / (1.0 + p[0] * (n - 1.0) + p[1] * n * (n - 1.0));
}

double sumSquares(const QList<UslPoint> &pts, const Vec3 &p)
{
    double s = 0;
    for (const UslPoint &q : pts) {
        const double r = q.throughput - model(p, q.users);
        s += r * r;
    }
    return s;
}

// JᵀJ and Jᵀr of the model's Jacobian (∂X/∂σ, ∂X/∂κ, ∂X/∂λ) at p.
void normalEquations(const QList<UslPoint> &pts, const Vec3 &p, Mat3 &a, Vec3 &g)
{
    a = {};
    g = {};
    for (const UslPoint &q : pts) {
        const double n = q.users;
        const double d = 1.0 + p[0] * (n - 1.0) + p[1] * n * (n - 1.0);
        const double f = p[2] * n / d;
        const Vec3 j {-f * (n - 1.0) / d, -f * n * (n - 1.0) / d, n / d};
        const double r = q.throughput - f;
        for (int i = 0; i < 3; ++i) {
            g[i] += j[i] * r;
            for (int k = 0; k < 3; ++k)
                a[i][k] += j[i] * j[k];
        }
    }
}

// Solves m·x = b over the free parameters only (fixed ones get 0). Gaussian
// elimination with partial pivoting; false when singular.
bool solve(Mat3 m, Vec3 b, const std::array<bool, 3> &free, Vec3 &x)
{
    std::array<int, 3> idx {};
    int k = 0;
    for (int i = 0; i < 3; ++i)
        if (free[i])
            idx[k++] = i;
    double mm[3][4] {};
    for (int r = 0; r < k; ++r) {
        for (int c = 0; c < k; ++c)
            mm[r][c] = m[idx[r]][idx[c]];
        mm[r][3] = b[idx[r]];
    }
    for (int c = 0; c < k; ++c) {
        int piv = c;
        for (int r = c + 1; r < k; ++r)
            if (std::abs(mm[r][c]) > std::abs(mm[piv][c]))
                piv = r;
        if (!(std::abs(mm[piv][c]) > 0))
            return false;
        if (piv != c)
            for (int j = 0; j < 4; ++j)
                std::swap(mm[c][j], mm[piv][j]);
        for (int r = 0; r < k; ++r) {
            if (r == c)
                continue;
            const double f = mm[r][c] / mm[c][c];
            for (int j = c; j < 4; ++j)
                mm[r][j] -= f * mm[c][j];
        }
    }
    x = {};
    for (int r = 0; r < k; ++r)
        x[idx[r]] = mm[r][3] / mm[r][r];
    return std::all_of(x.begin(), x.end(), [](double v) { return std::isfinite(v); });
}

// One Levenberg–Marquardt descent from `start`. σ and κ stay ≥ 0: a step that
// would take one below 0 is solved again with that parameter held at 0 (an
// active-set projection), so the optimum on the bound is found exactly.
Vec3 descend(const QList<UslPoint> &pts, Vec3 p, int &iterations)
{
    double mu = 1e-3;
    double cost = sumSquares(pts, p);
    for (iterations = 0; iterations < 1000; ++iterations) {
        Mat3 a;
        Vec3 g;
        normalEquations(pts, p, a, g);
        bool improved = false;
        Vec3 next = p;
        double nextCost = cost;
        while (mu < 1e20) {
            Mat3 damped = a;
            for (int i = 0; i < 3; ++i)
                damped[i][i] += mu * std::max(a[i][i], 1e-300);
            std::array<bool, 3> free {true, true, true};
            Vec3 step {};
            bool ok = false;
            for (int pass = 0; pass < 3; ++pass) {
                ok = solve(damped, g, free, step);
                if (!ok)
                    break;
                bool clipped = false;
                for (int i = 0; i < 2; ++i)
                    if (free[i] && p[i] + step[i] < 0) {
                        free[i] = false;
                        clipped = true;
                    }
                if (!clipped)
                    break;
            }
            if (ok) {
                for (int i = 0; i < 3; ++i)
                    next[i] = free[i] ? p[i] + step[i] : 0.0;
                next[0] = std::max(next[0], 0.0);
                next[1] = std::max(next[1], 0.0);
                nextCost = sumSquares(pts, next);
                if (std::isfinite(nextCost) && nextCost < cost) {
                    improved = true;
                    break;
                }
            }
            mu *= 10;
        }
        if (!improved)
            break;   // no step lowers the cost: at the optimum to machine precision
        double change = 0;
        for (int i = 0; i < 3; ++i)
            change = std::max(change, std::abs(next[i] - p[i]) / std::max(std::abs(next[i]), 1e-300));
        const double gain = (cost - nextCost) / std::max(cost, 1e-300);
        p = next;
        cost = nextCost;
        mu = std::max(mu / 10, 1e-12);
        if (change < 1e-13 || gain < 1e-16)
            break;
    }
    return p;
}

// Regularized incomplete beta I_x(a, b) by its continued fraction (modified
// Lentz), using the symmetry I_x(a,b) = 1 − I_{1−x}(b,a) where it converges faster.
double incompleteBeta(double x, double a, double b)
{
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const auto fraction = [](double x, double a, double b) {
        constexpr double tiny = 1e-300;
        double c = 1, d = 1 - (a + b) * x / (a + 1);
        if (std::abs(d) < tiny)
            d = tiny;
        d = 1 / d;
        double h = d;
        for (int m = 1; m <= 500; ++m) {
            const double m2 = 2.0 * m;
            double aa = m * (b - m) * x / ((a - 1 + m2) * (a + m2));
            d = 1 + aa * d;
            d = std::abs(d) < tiny ? tiny : d;
            c = 1 + aa / c;
            c = std::abs(c) < tiny ? tiny : c;
            d = 1 / d;
            h *= d * c;
            aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + 1 + m2));
            d = 1 + aa * d;
            d = std::abs(d) < tiny ? tiny : d;
            c = 1 + aa / c;
            c = std::abs(c) < tiny ? tiny : c;
            d = 1 / d;
            const double del = d * c;
            h *= del;
            if (std::abs(del - 1) < 1e-15)
                break;
        }
        return h;
    };
    const double front = std::exp(std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x)
                                  + b * std::log1p(-x));
    if (x < (a + 1) / (a + b + 2))
        return front * fraction(x, a, b) / a;
    return 1 - front * fraction(1 - x, b, a) / b;
}

// P(|T| ≤ t) for Student's t with ν degrees of freedom.
double studentTCentral(double t, int dof)
{
    const double nu = dof;
    return 1 - incompleteBeta(nu / (nu + t * t), nu / 2, 0.5);
}

} // namespace

double studentTQuantile(double level, int dof)
{
    if (dof < 1 || !(level > 0 && level < 1))
        return kInf;
    double lo = 0, hi = 1;
    while (studentTCentral(hi, dof) < level && hi < 1e12)
        hi *= 2;
    for (int i = 0; i < 200 && hi - lo > 1e-14 * hi; ++i) {
        const double mid = (lo + hi) / 2;
        (studentTCentral(mid, dof) < level ? lo : hi) = mid;
    }
    return (lo + hi) / 2;
}

double UslFit::throughput(double users) const
{
    return model({sigma, kappa, lambda}, users);
}

double UslFit::peakUsers() const
{
    if (!(kappa > 0) || !(sigma < 1))
        return std::numeric_limits<double>::quiet_NaN();
    return std::sqrt((1 - sigma) / kappa);
}

bool UslFit::peakDetermined() const
{
    return converged && kappa > 0 && kappaCi.low > 0 && sigma < 1;
}

UslFit fitUsl(const QList<UslPoint> &points)
{
    UslFit fit;
    QList<UslPoint> pts;
    std::set<double> levels;
    for (const UslPoint &p : points)
        if (p.users > 0 && std::isfinite(p.users) && std::isfinite(p.throughput)) {
            pts << p;
            levels.insert(p.users);
        }
    fit.points = int(pts.size());
    if (levels.size() < 3)
        return fit;

    // λ starts at the lowest level's throughput per user; σ and κ from a small
    // grid scaled to the largest level, so one of the starts sits in the right
    // basin whatever the units. The best end point wins.
    const auto lowest = std::min_element(pts.begin(), pts.end(),
                                         [](const UslPoint &a, const UslPoint &b) { return a.users < b.users; });
    const double nMax = *levels.rbegin();
    const double lambda0 = std::max(lowest->throughput / lowest->users, 1e-12);
    Vec3 best {};
    double bestCost = kInf;
    int bestIterations = 0;
    for (double s0 : {0.0, 0.01, 0.1, 0.5})
        for (double k0 : {0.0, 0.01 / (nMax * nMax), 1.0 / (nMax * nMax)}) {
            int it = 0;
            const Vec3 p = descend(pts, {s0, k0, lambda0}, it);
            const double c = sumSquares(pts, p);
            if (c < bestCost) {
                bestCost = c;
                best = p;
                bestIterations = it;
            }
        }
    if (!std::isfinite(bestCost))
        return fit;
    fit.converged = true;
    fit.sigma = best[0];
    fit.kappa = best[1];
    fit.lambda = best[2];
    fit.ssr = bestCost;
    fit.iterations = bestIterations;

    double mean = 0;
    for (const UslPoint &p : pts)
        mean += p.throughput;
    mean /= double(pts.size());
    double sst = 0;
    for (const UslPoint &p : pts)
        sst += (p.throughput - mean) * (p.throughput - mean);
    fit.r2 = sst > 0 ? 1 - bestCost / sst : (bestCost == 0 ? 1 : 0);

    // Covariance s²·(JᵀJ)⁻¹ at the optimum, s² = SSR/(n − 3).
    const int dof = int(pts.size()) - 3;
    fit.sigmaCi = {0, kInf};
    fit.kappaCi = {0, kInf};
    fit.lambdaCi = {0, kInf};
    if (dof >= 1) {
        Mat3 a;
        Vec3 g;
        normalEquations(pts, best, a, g);
        const double s2 = bestCost / dof;
        const double t = studentTQuantile(0.95, dof);
        std::array<double, 3> se {};
        bool ok = true;
        for (int i = 0; i < 3 && ok; ++i) {
            Vec3 e {};
            e[i] = 1;
            Vec3 col;
            ok = solve(a, e, {true, true, true}, col);
            se[i] = ok && col[i] >= 0 ? std::sqrt(s2 * col[i]) : kInf;
        }
        if (ok) {
            fit.sigmaCi = {std::max(0.0, fit.sigma - t * se[0]), fit.sigma + t * se[0]};
            fit.kappaCi = {std::max(0.0, fit.kappa - t * se[1]), fit.kappa + t * se[1]};
            fit.lambdaCi = {std::max(0.0, fit.lambda - t * se[2]), fit.lambda + t * se[2]};
        }
    }
    return fit;
}

} // namespace palier
