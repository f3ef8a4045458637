#include "sources/source_reader.h"

namespace palier {

// Defined by each source in its own folder.
const SourceReader &locustReader();
const SourceReader &k6Reader();

QList<const SourceReader *> sourceReaders()
{
    return {&locustReader(), &k6Reader()};
}

} // namespace palier
