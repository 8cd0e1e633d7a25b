#pragma once

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

// The migrations compiled into this build, in version order.
const QList<Migration>& sqliteMigrations();
// Splits a script at ';' line ends, keeping CREATE TRIGGER ... END; bodies whole and dropping comments.
QStringList splitSqlScript(const QString& script);

} // namespace cd
