// libFuzzer target: any text through NHS number parsing, formatting and the desk's search parser, which read what
// people type and scan. Built by the `fuzz` preset; `quickstart.sh fuzz` runs it for a bounded time.
#include "domain/NhsNumber.h"
#include "query/PatientSearch.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    if (auto parsed = cd::NhsNumber::parse(text)) {
        // What parses must be ten digits whose check digit holds, and must parse again from its display form.
        const QString digits = parsed->digits();
        if (digits.size() != 10 || !cd::NhsNumber::parse(cd::NhsNumber::display(digits))) {
            std::abort();
        }
    }
    (void)cd::NhsNumber::display(text);
    if (text.size() >= 9) {
        (void)cd::NhsNumber::checkDigitFor(text.left(9));
    }
    (void)cd::PatientSearch::parse(text);
    return 0;
}
