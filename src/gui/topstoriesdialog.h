#pragma once

#include <QDialog>

class LibraryReader;
class QLabel;
class QTreeWidget;

// View › Top Stories: the stories of the last 24 hours that several of the
// person's sources cover, one row per story with its sources, most sources
// first. Read off the window's thread; opening a row shows its article.
class TopStoriesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit TopStoriesDialog(LibraryReader &reader, QWidget *parent = nullptr);

    void reload();
    int count() const;

Q_SIGNALS:
    void loaded();
    void articleChosen(qint64 articleId);

private:
    LibraryReader &m_reader;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_list = nullptr;
    quint64 m_request = 0;
};
