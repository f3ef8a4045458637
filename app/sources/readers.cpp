#include "sources/source_reader.h"

namespace palier {

// Defined by each source in its own folder.
const SourceReader &locustReader();

QList<const SourceReader *> sourceReaders()
{
    return {&locustReader()};
}

} // namespace palier
