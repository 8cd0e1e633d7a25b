#include "domain/ConsentEvent.h"

#include <array>
#include <utility>

namespace cd {
namespace {

template <typename Enum, size_t N> using NameTable = std::array<std::pair<Enum, const char*>, N>;

constexpr NameTable<EventType, 9> eventTypeNames{{
    {EventType::Registered, "registered"},
    {EventType::Left, "left"},
    {EventType::PackSent, "pack-sent"},
    {EventType::LetterReturned, "letter-returned"},
    {EventType::Choice, "choice"},
    {EventType::Coded, "coded"},
    {EventType::GpReview, "gp-review"},
    {EventType::Void, "void"},
    {EventType::CodeRemoved, "code-removed"},
}};
constexpr NameTable<Submitter, 4> submitterNames{{
    {Submitter::Patient, "patient"},
    {Submitter::Parent, "parent"},
    {Submitter::Attorney, "attorney"},
    {Submitter::Deputy, "deputy"},
}};
constexpr NameTable<Channel, 5> channelNames{{
    {Channel::Post, "post"},
    {Channel::Desk, "desk"},
    {Channel::MailHouse, "mailhouse"},
    {Channel::Email, "email"},
    {Channel::ClinicalSystem, "clinical-system"},
}};
constexpr NameTable<ReviewOutcome, 2> outcomeNames{{
    {ReviewOutcome::Upheld, "upheld"},
    {ReviewOutcome::Overridden, "overridden"},
}};
constexpr NameTable<Role, 3> roleNames{{
    {Role::Reception, "reception"},
    {Role::Clinician, "clinician"},
    {Role::Manager, "manager"},
}};

template <typename Enum, size_t N> QString nameOf(const NameTable<Enum, N>& table, Enum value)
{
    for (const auto& [v, name] : table) {
        if (v == value) {
            return QString::fromLatin1(name);
        }
    }
    return QString();
}

template <typename Enum, size_t N> std::optional<Enum> valueOf(const NameTable<Enum, N>& table, const QString& text)
{
    for (const auto& [v, name] : table) {
        if (text == QLatin1String(name)) {
            return v;
        }
    }
    return std::nullopt;
}

} // namespace

QString toString(EventType type)
{
    return nameOf(eventTypeNames, type);
}
QString toString(Submitter submitter)
{
    return nameOf(submitterNames, submitter);
}
QString toString(Channel channel)
{
    return nameOf(channelNames, channel);
}
QString toString(ReviewOutcome outcome)
{
    return nameOf(outcomeNames, outcome);
}
QString toString(Role role)
{
    return nameOf(roleNames, role);
}
std::optional<EventType> eventTypeFromString(const QString& text)
{
    return valueOf(eventTypeNames, text);
}
std::optional<Submitter> submitterFromString(const QString& text)
{
    return valueOf(submitterNames, text);
}
std::optional<Channel> channelFromString(const QString& text)
{
    return valueOf(channelNames, text);
}
std::optional<ReviewOutcome> reviewOutcomeFromString(const QString& text)
{
    return valueOf(outcomeNames, text);
}
std::optional<Role> roleFromString(const QString& text)
{
    return valueOf(roleNames, text);
}

QString describe(Submitter submitter)
{
    switch (submitter) {
    case Submitter::Patient:
        return QStringLiteral("the patient");
    case Submitter::Parent:
        return QStringLiteral("a person with parental responsibility");
    case Submitter::Attorney:
        return QStringLiteral("an LPA attorney");
    case Submitter::Deputy:
        return QStringLiteral("a court deputy");
    }
    return QString();
}

QString describe(Channel channel)
{
    switch (channel) {
    case Channel::Post:
        return QStringLiteral("by post");
    case Channel::Desk:
        return QStringLiteral("at the desk");
    case Channel::MailHouse:
        return QStringLiteral("in a mail-house batch");
    case Channel::Email:
        return QStringLiteral("by email");
    case Channel::ClinicalSystem:
        return QStringLiteral("from the clinical system");
    }
    return QString();
}

const ConsentEvent* findEvent(const QList<ConsentEvent>& events, qint64 id)
{
    for (const auto& e : events) {
        if (e.id == id) {
            return &e;
        }
    }
    return nullptr;
}

} // namespace cd
