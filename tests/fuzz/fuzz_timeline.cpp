// libFuzzer target: any bytes through the timeline reader (and the line finder its messages use). What it accepts
// must write and read back the same. Built by the `fuzz` preset; `quickstart.sh fuzz` runs it for a bounded time.
#include "rollout/JsonLines.h"
#include "rollout/TimelineJson.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto read = cd::readTimelineJson(bytes);
    if (read) {
        auto again = cd::readTimelineJson(cd::writeTimelineJson(*read));
        if (!again || *again != *read) {
            std::abort(); // an accepted timeline must survive its own export
        }
    }
    // The line finder must cope with any text, not only the valid JSON it is given in practice.
    (void)cd::jsonLineOf(bytes, {QStringLiteral("regions"), 0, QStringLiteral("milestones"), 1});
    (void)cd::lineOfOffset(bytes, static_cast<qsizetype>(size / 2));
    return 0;
}
