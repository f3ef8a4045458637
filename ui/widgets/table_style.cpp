#include "widgets/table_style.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>

#include <algorithm>

namespace palier::ui {

void compactRows(QTableView *table)
{
    const int line = table->fontMetrics().height();
    table->verticalHeader()->setMinimumSectionSize(line + 4);
    table->verticalHeader()->setDefaultSectionSize(line + 8);
}

int heightForRows(const QTableView *table, int rows)
{
    int h = table->horizontalHeader()->isVisible() || !table->horizontalHeader()->isHidden()
                ? table->horizontalHeader()->sizeHint().height()
                : 0;
    h += rows * table->verticalHeader()->defaultSectionSize();
    h += 2 * table->frameWidth();
    if (table->horizontalScrollBar()->isVisible())
        h += table->horizontalScrollBar()->sizeHint().height();
    return h + 2;
}

void showRowsInSplitter(QSplitter *splitter, const QTableView *table, int rows)
{
    const int wanted = std::min(table->maximumHeight(),
                                heightForRows(table, std::max(1, rows)) + table->horizontalScrollBar()->sizeHint().height());
    const QList<int> sizes = splitter->sizes();
    if (sizes.size() != 2 || sizes.first() == wanted
        || (sizes.first() <= table->maximumHeight() && sizes.first() >= wanted))
        return;
    splitter->setSizes({wanted, std::max(0, sizes.value(1) + sizes.first() - wanted)});
}

} // namespace palier::ui
