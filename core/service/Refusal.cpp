#include "service/Refusal.h"

#include "store/Database.h"
#include "store/Stores.h"

namespace cd {

Error refuse(Database& db, const Clock& clock, const Actor& actor, const QString& action, const QString& why)
{
    const auto audited = db.write([&]() -> Status {
        return AuditStore(db).append(
            {clock.recordedNow(), actor.user, actor.role, QStringLiteral("refused:") + action, 0, 0, why});
    });
    Q_UNUSED(audited); // a refusal stands even if the trail cannot take it (a read-only file, a lost server)
    return Error{ErrorKind::Forbidden, why};
}

} // namespace cd
