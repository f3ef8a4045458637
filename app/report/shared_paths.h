// Paths in what users share (the weekly report as Markdown, HTML or PDF): shown
// relative to the results folder, never as the absolute paths of the machine
// that wrote the report (docs/report.md, "Paths"). The analyze outputs keep
// their paths: they are read by scripts on the same machine.
#pragma once

#include "model/finding.h"
#include "model/run.h"

#include <QList>
#include <QString>

namespace palier {

// The results folder: the deepest folder holding every run, each run counting
// by the folder it was found in (a run that is a folder counts by its parent,
// a run that is a file or a file prefix by its own folder). Empty without runs.
QString resultsFolder(const QList<Run> &runs);

// `path` relative to `folder` ('/' separators) when it lies inside it; else its
// file name alone, so a profile or file from elsewhere never shows where it
// lives on this machine. An empty path stays empty.
QString sharedPath(const QString &path, const QString &folder);

// The finding with the paths among its parameters (a path, or a list of paths,
// such as the copies of a test) made shared paths.
Finding sharedFinding(const Finding &finding, const QString &folder);

} // namespace palier
