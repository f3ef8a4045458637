#include "models/stage_model.h"

#include "i18n/language.h"
#include "words/reason_words.h"

#include "shell/format.h"

#include <QFont>

namespace palier::ui {

StageModel::StageModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void StageModel::setRun(const Run *run, const RunVerdict *verdict, const QString &keyTransaction, int targetUsers)
{
    beginResetModel();
    m_stages = run ? run->stages : QList<Stage>();
    m_wholeRun = false;
    if (run && run->stages.isEmpty()) {
        // A run known only as a whole (a k6 summary export): one row with its figures.
        Stage whole;
        whole.figures = run->total;
        whole.endpoints = run->endpoints;
        if (run->startedAt.isValid() && run->endedAt.isValid())
            whole.durationS = double(run->startedAt.msecsTo(run->endedAt)) / 1000.0;
        m_stages.append(whole);
        m_wholeRun = true;
    }
    m_verdicts = verdict ? verdict->stages : QList<StageVerdict>();
    m_saturation = verdict ? verdict->saturationPointUsers : std::nullopt;
    m_key = keyTransaction;
    m_target = targetUsers;
    endResetModel();
}

void StageModel::setPalette(const StatePalette &palette)
{
    m_palette = palette;
    if (rowCount() > 0)
        emit dataChanged(index(0, Held), index(rowCount() - 1, Held), {Qt::BackgroundRole, Qt::ForegroundRole});
}

int StageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_stages.size());
}

int StageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Stage &s = m_stages.at(index.row());
    const Figures &f = s.figures;
    const Endpoint *key = s.endpoint(m_key);
    const double keyP95 = key ? key->figures.keyPercentile(0.95) : kNaN;
    const StageVerdict *v = index.row() < m_verdicts.size() ? &m_verdicts.at(index.row()) : nullptr;
    const Colour held = v ? v->colour : Colour::NotEvaluated;
    const bool isSaturation = m_saturation && *m_saturation == s.users;
    // Figures cut from a stepped run's history are estimates: say so beside them.
    const auto approx = [&](const QString &text) -> QString {
        return f.estimated && text != Format::unknown() ? QString(QStringLiteral("≈ ") + text) : text;
    };

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Users:
            if (m_wholeRun)
                return tr("whole run");
            return isSaturation ? tr("%1 (saturation)").arg(s.users) : QString::number(s.users);
        case Duration: return Format::duration(s.durationS);
        case Requests: return approx(Format::count(f.requests));
        case Failures: return approx(Format::count(f.failures));
        case ErrorRate: return approx(Format::pct(f.errorRatePct()));
        case Rps: return approx(Format::rps(f.rps));
        case P50: return approx(Format::ms(f.p50Ms));
        case P95: return approx(Format::ms(f.p95Ms));
        case P99: return approx(Format::ms(f.p99Ms));
        case KeyP95: return approx(Format::ms(keyP95));
        case Held: return QStringLiteral("%1 %2").arg(StatePalette::symbol(held), Format::heldWord(held, !v || v->target));
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Users: return s.users;
        case Duration: return s.durationS;
        case Requests: return f.requests;
        case Failures: return f.failures;
        case ErrorRate: return f.errorRatePct();
        case Rps: return f.rps;
        case P50: return f.p50Ms;
        case P95: return f.p95Ms;
        case P99: return f.p99Ms;
        case KeyP95: return keyP95;
        case Held: return int(held);
        }
        break;
    case ColourRole:
        return index.column() == Held ? QVariant(int(held)) : QVariant();
    case Qt::ToolTipRole:
        if (m_wholeRun && index.column() == Users)
            return tr("This run has figures for the whole run only: no stages");
        if (index.column() == Held)
            return v ? stageVerdictText(*v, Language::ui()) : tr("Not evaluated");
        if (index.column() == Users && isSaturation)
            return tr("Saturation point: the first stage showing saturation signals");
        if (index.column() >= P50 && index.column() <= KeyP95 && !f.percentilesExact)
            return tr("The tool's own percentile (rounded by it), shown as it reported it");
        if (index.column() == Duration && isKnown(s.plateauS))
            return tr("Plateau at constant users: %1").arg(Format::duration(s.plateauS));
        break;
    case Qt::BackgroundRole:
        return index.column() == Held ? QVariant(m_palette.cellBackground(held)) : QVariant();
    case Qt::ForegroundRole:
        return index.column() == Held ? QVariant(m_palette.cellForeground(held)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Held ? int(Qt::AlignLeft | Qt::AlignVCenter) : int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (s.users == m_target) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    }
    return {};
}

QVariant StageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Users: return tr("Users");
    case Duration: return tr("Duration");
    case Requests: return tr("Requests");
    case Failures: return tr("Failures");
    case ErrorRate: return tr("Error rate");
    case Rps: return tr("Throughput");
    case P50: return tr("p50");
    case P95: return tr("p95");
    case P99: return tr("p99");
    case KeyP95: return tr("p95 %1").arg(m_key);
    case Held: return tr("Held / stability");
    }
    return {};
}

} // namespace palier::ui
