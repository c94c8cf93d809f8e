#pragma once

#include "html/pagetext.h"
#include "result.h"

#include <QFuture>
#include <QThreadPool>

// Turns a fetched article page into its readable body. Extraction works on
// untrusted pages, so where it runs is the composition root's choice: in
// this process (the command line's `extract`, tests) or in a worker process
// that a hostile page can crash without taking the window down.
class PageTextSource
{
public:
    virtual ~PageTextSource() = default;

    // Resolves on the caller's thread's terms (a QFuture); an error value
    // when the page could not be read, never a crash.
    virtual QFuture<Result<PageText>> extract(const QByteArray &page, const QUrl &pageUrl) = 0;
};

// Extracts on a thread pool of its own, in this process (Qt's global pool
// is left to Qt, which paints large areas with it).
class InProcessPageText final : public PageTextSource
{
public:
    QFuture<Result<PageText>> extract(const QByteArray &page, const QUrl &pageUrl) override;

private:
    QThreadPool m_pool;
};
