#pragma once
// Characters that can hide or disguise text (trust, issue #17 rule 16): the C0 controls (an escape sequence that
// rewrites a terminal, a NUL that ends a string early), DEL, the C1 controls, and the bidirectional overrides and
// isolates (U+202A-U+202E, U+2066-U+2069) that make "Smith" display as something else. Tab is allowed, and line
// breaks where a field has lines (a report's note).
#include <QString>

namespace cd {

bool isHidingCharacter(char32_t c, bool multiline = false);

// A refusal that names the field, or empty when the text is fine.
QString hidingCharacterProblem(const QString& field, const QString& text, bool multiline = false);

// The text with each such character written as \uXXXX, so a terminal or a printed page shows it inert. Line
// breaks and tabs stay.
QString inertText(const QString& text);

} // namespace cd
