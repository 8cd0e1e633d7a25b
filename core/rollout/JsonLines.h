#pragma once

#include <QByteArray>
#include <QString>
#include <QVariantList>

namespace cd {

// The line on which a value of a JSON text starts, for messages that point at the line a person must fix.
// QJsonDocument keeps no positions, so this walks the (already valid) text along a path of object keys (QString)
// and array indexes (int). Returns the line of the deepest value of the path it found; 1-based.
int jsonLineOf(const QByteArray& text, const QVariantList& path);
// The line of a byte offset (QJsonParseError::offset).
int lineOfOffset(const QByteArray& text, qsizetype offset);

} // namespace cd
