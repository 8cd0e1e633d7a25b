#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace cd {

// Why a command or a parse was refused. The kind decides the CLI's exit code; the message is for a person.
enum class ErrorKind {
    Invalid,   // the input is wrong: say what and what to do (exit 2)
    NotFound,  // the patient or event does not exist (exit 2)
    Conflict,  // valid input that clashes with what is stored (exit 2)
    Forbidden, // the actor's role may not do this (exit 4)
    Database,  // the store failed (exit 3)
};

struct Error
{
    ErrorKind kind = ErrorKind::Invalid;
    QString message;
    bool retryable = false; // a busy database or a serialisation failure: the whole transaction may be retried
};

inline Error invalid(QString message)
{
    return {ErrorKind::Invalid, std::move(message)};
}

// A value or the reason there is none (std::expected arrives with C++23).
template <typename T> class Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(Error error)
        : m_data(std::move(error))
    {}

    [[nodiscard]] bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const T& value() const& { return std::get<T>(m_data); }
    [[nodiscard]] T&& value() && { return std::get<T>(std::move(m_data)); }
    [[nodiscard]] const T& operator*() const& { return value(); }
    [[nodiscard]] const T* operator->() const { return &value(); }
    [[nodiscard]] const Error& error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// For commands that return nothing but may fail.
struct Done
{
};
using Status = Result<Done>;

} // namespace cd
