#include "widgets/table_style.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

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

} // namespace palier::ui
