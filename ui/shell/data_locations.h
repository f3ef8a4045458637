// Where the bundled data lives: the source tree while developing, the
// installed data folder once installed, else the standard data locations.
#pragma once

#include <QString>

namespace palier::ui {

// The bundled week of Locust runs (resources/samples/weekly); empty if absent.
QString bundledSampleDir();
// The generated week of monitoring events shipped beside it (a CSV export of
// app_monitoring_events, gzip), or empty.
QString bundledSampleEventsFile();
// The grid profiles shipped with Palier (resources/profiles); empty if absent.
QString shippedProfilesDir();

} // namespace palier::ui
