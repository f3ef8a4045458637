// Writes a realistic k6 `--out csv` file for the reader benchmark: the current
// 19-column header, a stepped load (vus gauge 5 → 20 → 50 → 75 → 100 → 150 with
// 30-s ramps), six endpoints with their own latency and a load-dependent
// slowdown, failures (5xx, and timeouts with status 0 / error_code 1050), and
// the rows k6 writes per request (9 http_req_* rows) and per iteration (checks,
// data_sent, data_received, iteration_duration, iterations): ~12 rows per request.
//
//   k6_gen_csv OUT.csv [REQUESTS]      (default 800000 → about 1 GB)
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

struct Rng {
    std::uint64_t s;
    std::uint64_t next()
    {
        std::uint64_t z = (s += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    double normal()
    {
        const double u1 = uniform() + 1e-300, u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }
};

struct EndpointDef {
    const char *name, *method, *url;
    double baseMs, weight;
};

const EndpointDef kEndpoints[] = {
    {"athlete_search", "GET", "https://api.test/athletes?q=dupont", 80, 0.35},
    {"login", "POST", "https://api.test/auth/login", 40, 0.10},
    {"get_profile", "GET", "https://api.test/athletes/4711", 25, 0.20},
    {"list_events", "GET", "https://api.test/events?season=2025", 60, 0.20},
    {"upload_result", "POST", "https://api.test/results", 150, 0.10},
    {"health", "GET", "https://api.test/healthz", 3, 0.05},
};

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s OUT.csv [REQUESTS]\n", argv[0]);
        return 2;
    }
    const double wanted = argc > 2 ? std::atof(argv[2]) : 800000.0;
    FILE *out = std::fopen(argv[1], "wb");
    if (!out) {
        std::perror(argv[1]);
        return 1;
    }
    std::vector<char> buf(1 << 22);
    std::setvbuf(out, buf.data(), _IOFBF, buf.size());

    const int levels[] = {5, 20, 50, 75, 100, 150};
    const int ramp = 30;
    // Requests per VU-second, plateau length chosen for the wanted total.
    const double perVu = 4.0;
    double sumUsers = 0;
    for (int l : levels)
        sumUsers += l;
    const int plateau = std::max(20, int(wanted / (perVu * sumUsers) * 0.95));

    std::vector<int> usersAt;   // users for each second of the test
    int prev = 0;
    for (int l : levels) {
        for (int s = 1; s <= ramp; ++s)
            usersAt.push_back(prev + (l - prev) * s / ramp);
        for (int s = 0; s < plateau; ++s)
            usersAt.push_back(l);
        prev = l;
    }
    for (int s = 1; s <= ramp / 2; ++s)
        usersAt.push_back(prev - prev * s / (ramp / 2));

    std::fputs("metric_name,timestamp,metric_value,check,error,error_code,expected_response,group,method,name,proto,"
               "scenario,service,status,subproto,tls_version,url,extra_tags,metadata\n", out);
    Rng rng {42};
    const std::int64_t t0 = 1760000000;
    double carry = 0;
    std::int64_t requests = 0;
    int inIteration = 0;
    const char *const httpRows[] = {"http_req_blocked", "http_req_connecting", "http_req_tls_handshaking",
                                    "http_req_sending", "http_req_waiting", "http_req_receiving"};
    for (std::size_t sec = 0; sec < usersAt.size(); ++sec) {
        const std::int64_t ts = t0 + std::int64_t(sec);
        const int users = usersAt[sec];
        std::fprintf(out, "vus,%lld,%d.000000,,,,,,,,,,,,,,,,\n", (long long)ts, users);
        std::fprintf(out, "vus_max,%lld,%d.000000,,,,,,,,,,,,,,,,\n", (long long)ts, 150);
        carry += users * perVu;
        const int n = int(carry);
        carry -= n;
        const double load = 1.0 + std::pow(users / 120.0, 3.0);
        const double failP = 0.002 + 0.02 * std::pow(users / 150.0, 4.0);
        for (int i = 0; i < n; ++i) {
            double w = rng.uniform();
            const EndpointDef *e = &kEndpoints[0];
            for (const EndpointDef &d : kEndpoints) {
                if (w < d.weight) {
                    e = &d;
                    break;
                }
                w -= d.weight;
            }
            // A few rows land a second early: k6's rows are not strictly ordered.
            const std::int64_t rts = rng.uniform() < 0.01 && sec > 0 ? ts - 1 : ts;
            double ms = e->baseMs * load * std::exp(0.5 * rng.normal());
            const double f = rng.uniform();
            const char *status = "200", *error = "", *errorCode = "", *expected = "true";
            if (f < failP * 0.15) {
                status = "0";
                error = "request timeout";
                errorCode = "1050";
                expected = "false";
                ms = 60000.0 + rng.uniform();
            } else if (f < failP) {
                status = rng.uniform() < 0.7 ? "503" : "500";
                errorCode = status[2] == '3' ? "1503" : "1500";
                expected = "false";
            }
            const double sending = 0.02 + 0.05 * rng.uniform();
            const double receiving = 0.05 + 0.3 * rng.uniform();
            const double waiting = std::max(0.0, ms - sending - receiving);
            const double blocked = rng.uniform() < 0.02 ? 5 + 20 * rng.uniform() : 0.002 + 0.004 * rng.uniform();
            const double connecting = blocked > 1 ? blocked * 0.3 : 0.0;
            const double tls = blocked > 1 ? blocked * 0.5 : 0.0;
            const double vals[] = {blocked, connecting, tls, sending, waiting, receiving};
            char tags[512];
            std::snprintf(tags, sizeof tags, ",,%s,%s,%s,::search flow,%s,%s,HTTP/1.1,stepped,,%s,,tls1.3,%s,,", error,
                          errorCode, expected, e->method, e->name, status, e->url);
            std::fprintf(out, "http_reqs,%lld,1.000000%s\n", (long long)rts, tags);
            std::fprintf(out, "http_req_duration,%lld,%f%s\n", (long long)rts, ms, tags);
            for (int k = 0; k < 6; ++k)
                std::fprintf(out, "%s,%lld,%f%s\n", httpRows[k], (long long)rts, vals[k], tags);
            std::fprintf(out, "http_req_failed,%lld,%s%s\n", (long long)rts, expected[0] == 't' ? "0.000000" : "1.000000",
                         tags);
            ++requests;
            // An iteration is two requests and a check.
            if (++inIteration == 2) {
                inIteration = 0;
                std::fprintf(out, "checks,%lld,%s,status is 200,,,,::search flow,,,,stepped,,,,,,,\n", (long long)rts,
                             status[0] == '2' ? "1.000000" : "0.000000");
                std::fprintf(out, "data_sent,%lld,%f,,,,,,,,,stepped,,,,,,,\n", (long long)rts, 380.0 + 40 * rng.uniform());
                std::fprintf(out, "data_received,%lld,%f,,,,,,,,,stepped,,,,,,,\n", (long long)rts, 2200.0 + 900 * rng.uniform());
                std::fprintf(out, "iteration_duration,%lld,%f,,,,,,,,,stepped,,,,,,,\n", (long long)rts, 2 * ms + 500);
                std::fprintf(out, "iterations,%lld,1.000000,,,,,,,,,stepped,,,,,,,\n", (long long)rts);
            }
        }
    }
    std::fclose(out);
    std::fprintf(stderr, "%lld requests, %zu seconds, plateau %d s per stage\n", (long long)requests, usersAt.size(),
                 plateau);
    return 0;
}
