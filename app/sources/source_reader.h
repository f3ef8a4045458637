// One interface per source of results: claim the files it understands, group
// them into result sets (one per run), and load a set into the run model.
#pragma once

#include "sources/load.h"

namespace palier {

class SourceReader {
public:
    virtual ~SourceReader() = default;
    virtual SourceKind kind() const = 0;

    // `files` are the absolute paths of one folder's files (or the files the user
    // named). Claim the ones this reader understands by removing them from `files`
    // and return them grouped into result sets. Files that look like this source
    // but cannot be used go to `diagnostics` as warnings (or throw InputError when
    // the user named that file explicitly and nothing else can be loaded).
    virtual QList<ResultSet> claim(QStringList &files, QList<Finding> *diagnostics) const = 0;

    // Throws InputError when the set is unusable, LoadCancelled when cancelled.
    virtual Run load(const ResultSet &set, const LoadOptions &options) const = 0;
};

// The readers Palier knows, in the order they are asked to claim files.
QList<const SourceReader *> sourceReaders();

} // namespace palier
