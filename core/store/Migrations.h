#pragma once

#include "store/DatabaseTarget.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cd {

// A numbered migration from resources/sql/<engine>/NNNN_name.sql, split into statements.
struct Migration
{
    int version = 0;
    QString name;
    QStringList statements;
};

// The migrations compiled into this build for an engine, in version order. Both engines share one version
// sequence: migration N means the same schema on either.
const QList<Migration>& migrations(Engine engine);
// Splits a script at ';' line ends, keeping CREATE TRIGGER ... END; bodies and $$-quoted function bodies whole,
// and dropping comment lines.
QStringList splitSqlScript(const QString& script);

} // namespace cd
