#include "rollout/JsonLines.h"

namespace cd {
namespace {

class Walker
{
public:
    explicit Walker(const QByteArray& text)
        : m_text(text)
    {}

    int find(const QVariantList& path)
    {
        skipSpace();
        int found = m_line;
        for (const QVariant& step : path) {
            if (!enter(step)) {
                break;
            }
            found = m_line;
        }
        return found;
    }

private:
    [[nodiscard]] bool atEnd() const { return m_pos >= m_text.size(); }
    [[nodiscard]] char peek() const { return atEnd() ? '\0' : m_text.at(m_pos); }

    void advance()
    {
        if (peek() == '\n') {
            ++m_line;
        }
        ++m_pos;
    }

    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\r' || peek() == '\n')) {
            advance();
        }
    }

    QString readString()
    {
        QByteArray raw;
        advance(); // opening quote
        while (!atEnd() && peek() != '"') {
            if (peek() == '\\') {
                advance();
            }
            raw.append(peek());
            advance();
        }
        advance(); // closing quote
        return QString::fromUtf8(raw);
    }

    // Skips one whole value, strings and nesting included.
    void skipValue()
    {
        int depth = 0;
        do {
            const char c = peek();
            if (c == '"') {
                readString();
                continue;
            }
            if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                --depth;
            } else if (depth == 0 && (c == ',' || c == '\0')) {
                return;
            }
            advance();
        } while (!atEnd() && depth > 0);
        if (depth == 0) {
            // A scalar: run to the next separator.
            while (!atEnd() && peek() != ',' && peek() != '}' && peek() != ']') {
                advance();
            }
        }
    }

    // Moves onto the value the step names inside the current object or array; false if it is not there.
    bool enter(const QVariant& step)
    {
        skipSpace();
        const bool wantKey = step.typeId() == QMetaType::QString;
        if (peek() != (wantKey ? '{' : '[')) {
            return false;
        }
        advance();
        int index = 0;
        while (!atEnd()) {
            skipSpace();
            if (peek() == '}' || peek() == ']') {
                return false;
            }
            bool match = false;
            if (wantKey) {
                match = readString() == step.toString();
                skipSpace();
                advance(); // ':'
            } else {
                match = index == step.toInt();
            }
            skipSpace();
            if (match) {
                return true;
            }
            skipValue();
            skipSpace();
            if (peek() == ',') {
                advance();
            }
            ++index;
        }
        return false;
    }

    const QByteArray& m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
};

} // namespace

int jsonLineOf(const QByteArray& text, const QVariantList& path)
{
    return Walker(text).find(path);
}

int lineOfOffset(const QByteArray& text, qsizetype offset)
{
    const qsizetype end = std::min(offset, text.size());
    return 1 + static_cast<int>(text.left(end).count('\n'));
}

} // namespace cd
