#pragma once

#include <QLabel>

class LibraryReader;
struct LibraryFigures;

// The status bar's "N articles, M unread", read from the library's kept
// counters off the GUI thread; an older answer is dropped when a newer
// question was asked.
class CountsLabel final : public QLabel
{
    Q_OBJECT

public:
    CountsLabel(LibraryReader &reader, QWidget *parent);

    void reread();

Q_SIGNALS:
    void failed(const QString &message);
    // The figures just shown (the tree's Starred row counts from them too).
    void counted(const LibraryFigures &figures);

private:
    LibraryReader &m_reader;
    quint64 m_request = 0;
};
