#include "domain/TextRules.h"

#include <QList>

namespace cd {

bool isHidingCharacter(char32_t c, bool multiline)
{
    if (c == u'\t' || (multiline && (c == u'\n' || c == u'\r'))) {
        return false;
    }
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

QString hidingCharacterProblem(const QString& field, const QString& text, bool multiline)
{
    for (const uint c : text.toUcs4()) {
        if (isHidingCharacter(static_cast<char32_t>(c), multiline)) {
            return QStringLiteral("The %1 has a hidden character in it (U+%2: a control character or a direction "
                                  "override, which can make text show as something else). Type it again by hand.")
                .arg(field, QString::number(c, 16).toUpper().rightJustified(4, u'0'));
        }
    }
    return QString();
}

QString inertText(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const uint c : text.toUcs4()) {
        if (c != 0x0A && isHidingCharacter(static_cast<char32_t>(c), false)) {
            out += QStringLiteral("\\u%1").arg(c, 4, 16, QLatin1Char('0'));
        } else {
            const auto wide = static_cast<char32_t>(c);
            out += QString::fromUcs4(&wide, 1);
        }
    }
    return out;
}

} // namespace cd
