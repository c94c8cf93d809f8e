#include "startupprobe.h"
#include "articlelistmodel.h"
#include "articlepane.h"
#include "mainwindow.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimer>

#include <cstdio>

StartupProbe::StartupProbe(MainWindow &window) : QObject(&window)
{
    // Queued behind the window's first expose and paint. A small library's
    // first page may be in before the event loop even runs.
    const bool listedAlready = !window.articleModel()->isLoading();
    QTimer::singleShot(0, this, [this, listedAlready] {
        say("masthead: window shown");
        if (listedAlready && !std::exchange(m_listShown, true))
            say("masthead: list shown");
    });
    connect(window.articleModel(), &ArticleListModel::pageLoaded, this, [this](bool first) {
        if (first && !std::exchange(m_listShown, true))
            say("masthead: list shown");
    });
    connect(window.articlePane(), &ArticlePane::loadFinished, this, [this, &window] {
        // The first article (or, in an empty list, the message saying so);
        // not the pane's blank start.
        if (!m_listShown || (window.articlePane()->articleId() == 0 && window.articleModel()->rowCount() > 0))
            return;
        say("masthead: shown rss_kib=" + QByteArray::number(residentKiB())
            + " max_stall_ms=" + QByteArray::number(m_maxStallMs));
        QCoreApplication::exit(0);
    });
    auto *ticker = new QTimer(this);
    ticker->setInterval(2);
    connect(ticker, &QTimer::timeout, this, &StartupProbe::tick);
    ticker->start();
    m_sinceTick.start();
}

void StartupProbe::tick()
{
    m_maxStallMs = qMax(m_maxStallMs, m_sinceTick.restart());
}

void StartupProbe::say(const QByteArray &line)
{
    std::fprintf(stderr, "%s\n", line.constData());
    std::fflush(stderr);
}

qint64 StartupProbe::residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}
