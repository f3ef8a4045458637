// Tables read as lists of figures: rows as tall as one line of text (the
// default leaves room for editors the views never open), and a height that
// fits their rows so a splitter gives the rest to the charts.
#pragma once

class QSplitter;
class QTableView;

namespace palier::ui {

void compactRows(QTableView *table);
// Height of the header and `rows` rows (and a horizontal scroll bar when shown).
int heightForRows(const QTableView *table, int rows);
// Sizes the first pane of `splitter` (holding `table`) to show `rows` rows
// and the room of a horizontal scroll bar, within the table's maximum height:
// grown when smaller, shrunk when past the maximum; a size the user chose in
// between is kept. The second pane gets the difference.
void showRowsInSplitter(QSplitter *splitter, const QTableView *table, int rows);

} // namespace palier::ui
