#pragma once

#include <QString>

#include <utility>
#include <variant>

// What went wrong, as a value. The kinds line up with the command line's
// exit codes (shared/contracts/cli.md) so every layer can report the same way.
struct Error
{
    enum Kind {
        Usage = 1,
        BadInput = 2,
        Network = 3,
        Database = 4,
        NotFound = 5,
    };
    Kind kind = BadInput;
    QString message;
};

// A value or an Error. Errors cross library boundaries as values, never as
// exceptions or aborts.
template<typename T = std::monostate>
class [[nodiscard]] Result final
{
public:
    // Success with a default value (Result<> is plain success); also lets a
    // Result travel in a QVariant.
    Result() requires std::is_default_constructible_v<T> : m_data(T{}) { }
    Result(T value) : m_data(std::move(value)) { }
    Result(Error error) : m_data(std::move(error)) { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    // A temporary hands its value over by value, never as a reference into
    // itself: `for (x : f().value())` would otherwise loop over a dead object.
    T value() && { return std::get<0>(std::move(m_data)); }
    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }
    const T *operator->() const { return &std::get<0>(m_data); }
    const T &operator*() const & { return std::get<0>(m_data); }
    T operator*() && { return std::get<0>(std::move(m_data)); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

inline Error makeError(Error::Kind kind, QString message)
{
    return Error{kind, std::move(message)};
}
