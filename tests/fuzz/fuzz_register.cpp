// libFuzzer target: any bytes through the register reader, the column recognition and the row validator. Built by
// the `fuzz` preset (clang, -fsanitize=fuzzer,address,undefined); `quickstart.sh fuzz` runs it for a bounded time.
#include "register/ColumnMapping.h"
#include "register/CsvReader.h"
#include "register/RegisterRows.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const cd::CsvTable table = cd::CsvReader::read(bytes);
    const QDate today(2026, 11, 26);
    if (auto recognised = cd::ColumnMapping::fromHeader(table.header)) {
        (void)cd::validateRegister(table, *recognised, today);
    }
    // A fixed mapping too, so the validator sees every input whatever its header says.
    cd::ColumnMapping fixed;
    fixed.columns = {{cd::RegisterField::NhsNumber, {0}},   {cd::RegisterField::Surname, {1}},
                     {cd::RegisterField::DateOfBirth, {2}}, {cd::RegisterField::Registered, {3}},
                     {cd::RegisterField::Sex, {4}},         {cd::RegisterField::Address, {5, 6}}};
    (void)cd::validateRegister(table, fixed, today);
    (void)cd::parseRegisterDate(QString::fromUtf8(bytes.left(64)));
    return 0;
}
