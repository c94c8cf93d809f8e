#pragma once

#include <QElapsedTimer>
#include <QObject>

class MainWindow;

// For tests/benchmarks/startup (MASTHEAD_STARTUP_PROBE=1): says on stderr
// when the window is shown, when its list has its first page and when the
// first article is loaded in the pane, with the process's resident memory
// and the longest the GUI thread went without turning its event loop, then
// ends the app.
//   masthead: window shown
//   masthead: list shown
//   masthead: shown rss_kib=123456 max_stall_ms=12
class StartupProbe final : public QObject
{
    Q_OBJECT

public:
    explicit StartupProbe(MainWindow &window);

private:
    static qint64 residentKiB();
    void say(const QByteArray &line);
    void tick();

    QElapsedTimer m_sinceTick;
    qint64 m_maxStallMs = 0;
    bool m_listShown = false;
};
