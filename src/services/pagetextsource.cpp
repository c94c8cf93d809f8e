#include "pagetextsource.h"

#include <QtConcurrent/QtConcurrentRun>

QFuture<Result<PageText>> InProcessPageText::extract(const QByteArray &page, const QUrl &pageUrl)
{
    return QtConcurrent::run([page, pageUrl] { return Result<PageText>(pageTextOf(page, pageUrl)); });
}
