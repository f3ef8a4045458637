// The k6 CSV header: columns located by name (docs/k6-reader.md §"Files and
// runs": 18, 19 or any --system-tags set), refused with a finding when it is not k6's.
#include "sources/k6/k6_csv.h"

#include <algorithm>
#include <vector>

namespace palier::k6 {

bool parseCsvHeader(std::string_view line, CsvLayout *out, const QString &file, Finding *why)
{
    if (line.size() >= 3 && line.substr(0, 3) == "\xEF\xBB\xBF")
        line.remove_prefix(3);
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    std::vector<std::string_view> cols;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= line.size(); ++i) {
        if (i == line.size() || line[i] == ',') {
            std::string_view c = line.substr(start, i - start);
            if (c.size() >= 2 && c.front() == '"' && c.back() == '"')
                c = c.substr(1, c.size() - 2);
            cols.push_back(c);
            start = i + 1;
        }
    }
    if (cols.empty() || cols[0] != "metric_name") {
        *why = Finding::error(QStringLiteral("k6.csv.bad_header"), file, 1);
        return false;
    }
    if (int(cols.size()) > CsvParser::kMaxColumns) {
        *why = Finding::error(QStringLiteral("k6.csv.too_many_columns"), file, 1,
                              {{QStringLiteral("columns"), qint64(cols.size())},
                               {QStringLiteral("max"), CsvParser::kMaxColumns}});
        return false;
    }
    CsvLayout l;
    l.columns = int(cols.size());
    for (int i = 0; i < l.columns; ++i) {
        const std::string_view c = cols[std::size_t(i)];
        int *slot = nullptr;
        if (c == "timestamp") slot = &l.timestamp;
        else if (c == "metric_value") slot = &l.value;
        else if (c == "name") slot = &l.name;
        else if (c == "url") slot = &l.url;
        else if (c == "method") slot = &l.method;
        else if (c == "group") slot = &l.group;
        else if (c == "scenario") slot = &l.scenario;
        else if (c == "status") slot = &l.status;
        else if (c == "error_code") slot = &l.errorCode;
        else if (c == "error") slot = &l.error;
        else if (c == "expected_response") slot = &l.expected;
        else if (c == "metadata") l.hasMetadata = true;
        else if (c == "extra_tags") l.hasExtraTags = true;
        if (slot && *slot < 0)
            *slot = i;
    }
    if (l.timestamp < 0 || l.value < 0) {
        *why = Finding::error(QStringLiteral("k6.csv.missing_column"), file, 1,
                              {{QStringLiteral("column"),
                                l.timestamp < 0 ? QStringLiteral("timestamp") : QStringLiteral("metric_value")}});
        return false;
    }
    l.lastValue = std::max(l.timestamp, l.value);
    l.lastNeeded = l.lastValue;
    for (int c : {l.name, l.method, l.group, l.scenario, l.status, l.errorCode, l.error, l.expected})
        l.lastNeeded = std::max(l.lastNeeded, c);
    if (l.name < 0)   // the URL stands in for the name only when there is no name column
        l.lastNeeded = std::max(l.lastNeeded, l.url);
    *out = l;
    return true;
}

} // namespace palier::k6
