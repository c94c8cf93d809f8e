// A page-text worker for tst_isolatedpagetext: the real protocol and the
// real extractor, except that a page naming CRASH, HANG or GARBAGE makes it
// crash, hang or answer nonsense, the ways a hostile page could.

#include "pagetextprotocol.h"

#include <QFile>
#include <QThread>

#include <csignal>

#include <unistd.h>

int main()
{
    QFile in;
    QFile out;
    if (!in.open(STDIN_FILENO, QIODevice::ReadOnly | QIODevice::Unbuffered)
        || !out.open(STDOUT_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return 2;
    return PageTextProtocol::serve(in, out, [&out](const QByteArray &page, const QUrl &url) {
        if (page.contains("CRASH"))
            std::raise(SIGSEGV);
        if (page.contains("HANG"))
            QThread::sleep(3600);
        if (page.contains("GARBAGE")) {
            out.write(QByteArray("\x00\x00\x00\x05hello", 9));
            QThread::sleep(3600);
        }
        return pageTextOf(page, url);
    });
}
