#pragma once

#include <QMetaObject>
#include <QObject>

#include <type_traits>

// Qt 6.4's QFuture::then(context, f) hands f to QMetaObject::invokeMethod
// with an automatic connection: when the future has already finished as
// then() is called (a fast reader thread, a loaded machine), f runs at once,
// inside then(), before the caller's next statement. Code that sets state
// after asking (a request number, "wait for the tree") then sees its answer
// arrive before its question. nextTurn(context, f) always queues f to
// context's event loop, so an answer comes after the code that asked, every
// time:
//
//     reader.tree().then(this, nextTurn(this, [this](const Result<Tree> &tree) { … }));
//
// f is dropped if context is destroyed first (Qt discards its posted calls).

namespace detail {
template<typename F>
struct SoleArgument : SoleArgument<decltype(&F::operator())>
{};
template<typename C, typename R, typename A>
struct SoleArgument<R (C::*)(A) const>
{
    using type = std::decay_t<A>;
};
template<typename C, typename R, typename A>
struct SoleArgument<R (C::*)(A)>
{
    using type = std::decay_t<A>;
};
} // namespace detail

template<typename F>
auto nextTurn(QObject *context, F f)
{
    using Value = typename detail::SoleArgument<F>::type;
    return [context, f = std::move(f)](const Value &value) {
        QMetaObject::invokeMethod(
                context, [f, value]() mutable { f(value); }, Qt::QueuedConnection);
    };
}
