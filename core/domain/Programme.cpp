#include "domain/Programme.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cd {
namespace {

ChoiceDefinition choiceFromJson(const QJsonObject& o)
{
    ChoiceDefinition c;
    c.key = o.value(QLatin1String("key")).toString();
    c.state = o.value(QLatin1String("state")).toString();
    c.label = o.value(QLatin1String("label")).toString();
    c.readCode = o.value(QLatin1String("readCode")).toString();
    for (const auto& code : o.value(QLatin1String("ctv3Codes")).toArray()) {
        c.ctv3Codes.append(code.toString());
    }
    for (const auto& code : o.value(QLatin1String("legacyCodes")).toArray()) {
        c.legacyCodes.append(code.toString());
    }
    c.permit = o.value(QLatin1String("permit")).toBool(true);
    // Unstated: a deny shares less than any permit.
    c.restriction = o.value(QLatin1String("restriction")).toInt(c.permit ? 0 : 100);
    return c;
}

} // namespace

const ChoiceDefinition* Programme::choice(const QString& key) const
{
    for (const auto& c : choices) {
        if (c.key == key) {
            return &c;
        }
    }
    return nullptr;
}

const ChoiceDefinition* Programme::choiceForReadCode(const QString& readCode) const
{
    // Exact: in Read v2 case is part of the code (9Ndo and 9NDo are different concepts), so a code keyed in another
    // case is not the code the clinical system holds. spellingOf() says what was meant.
    for (const auto& c : choices) {
        if (!readCode.isEmpty() && (c.readCode == readCode || c.legacyCodes.contains(readCode))) {
            return &c;
        }
    }
    return nullptr;
}

QString Programme::spellingOf(const QString& readCode) const
{
    for (const QString& code : choiceCodes()) {
        if (code.compare(readCode, Qt::CaseInsensitive) == 0) {
            return code;
        }
    }
    return QString();
}

QStringList Programme::choiceCodes() const
{
    QStringList codes;
    for (const auto& c : choices) {
        codes << c.readCode;
    }
    for (const auto& c : choices) {
        codes << c.legacyCodes;
    }
    return codes;
}

QStringList Programme::choiceKeys() const
{
    QStringList keys;
    for (const auto& c : choices) {
        keys.append(c.key);
    }
    return keys;
}

QStringList Programme::stateNames() const
{
    QStringList names;
    if (informationRequired) {
        names << kNotInformed << kInWindow;
    }
    names << defaultState.state;
    for (const auto& c : choices) {
        if (!names.contains(c.state)) {
            names << c.state;
        }
    }
    return names;
}

QString Programme::stateLabel(const QString& state) const
{
    if (state == kNotInformed) {
        return QStringLiteral("Not informed");
    }
    if (state == kInWindow) {
        return QStringLiteral("In the opt-out window");
    }
    if (state == defaultState.state) {
        return defaultState.label;
    }
    for (const auto& c : choices) {
        if (c.state == state) {
            return c.label;
        }
    }
    return state;
}

Result<Programme> Programme::fromJson(const QByteArray& json)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return invalid(QStringLiteral("The programme file is not valid JSON: %1.").arg(parseError.errorString()));
    }
    const QJsonObject o = doc.object();
    Programme p;
    p.id = o.value(QLatin1String("id")).toString();
    p.name = o.value(QLatin1String("name")).toString();
    p.informationRequired = o.value(QLatin1String("informationRequired")).toBool(false);
    p.defaultWindowDays = o.value(QLatin1String("defaultWindowDays")).toInt(84);
    p.defaultState = choiceFromJson(o.value(QLatin1String("defaultState")).toObject());
    for (const auto& c : o.value(QLatin1String("choices")).toArray()) {
        p.choices.append(choiceFromJson(c.toObject()));
    }
    if (p.id.isEmpty() || p.defaultState.state.isEmpty() || p.choices.isEmpty()) {
        return invalid(QStringLiteral("The programme file needs an id, a defaultState with a state, and choices."));
    }
    for (const auto& c : p.choices) {
        if (c.key.isEmpty() || c.state.isEmpty()) {
            return invalid(QStringLiteral("Every choice of programme %1 needs a key and a state.").arg(p.id));
        }
    }
    return p;
}

const Programme& Programme::scr()
{
    static const Programme programme = [] {
        QFile file(QStringLiteral(":/programmes/scr.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qFatal("The SCR programme resource is missing from this build");
        }
        auto parsed = fromJson(file.readAll());
        if (!parsed) {
            qFatal("The SCR programme resource is malformed");
        }
        return std::move(parsed).value();
    }();
    return programme;
}

} // namespace cd
