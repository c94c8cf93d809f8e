#include "pagetextsource.h"
#include "threadpriority.h"

#include <QtConcurrent/QtConcurrentRun>

QFuture<Result<PageText>> InProcessPageText::extract(const QByteArray &page, const QUrl &pageUrl)
{
    return QtConcurrent::run(&m_pool, [page, pageUrl] {
        lowerThisThreadsPriority(); // the window comes first
        return Result<PageText>(pageTextOf(page, pageUrl)); });
}
