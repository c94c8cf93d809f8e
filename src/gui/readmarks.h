#pragma once

#include "listscope.h"
#include "pendingmarks.h"

#include <QObject>

class ArticleListModel;
class LibraryWriter;
class UndoHistory;

// The reader's marks: read, starred, and Mark All Read with its Undo (the
// window's UndoHistory). A
// mark shows in the list at once and is stored on the storage thread (a
// refresh may hold the write lock for a while: a click never waits on it);
// a mark that could not be stored is taken back, and an older write ending
// late never undoes a newer mark (PendingMarks).
class ReadMarks final : public QObject
{
    Q_OBJECT

public:
    ReadMarks(LibraryWriter &writer, ArticleListModel &list, UndoHistory &history, QObject *parent = nullptr);

    void setRead(const QList<qint64> &ids, bool read);
    void setStarred(qint64 articleId, bool starred);
    // Every unread article of the scope (its filters aside); Undo marks
    // exactly those unread again.
    void markAllRead(const ListScope &scope);

Q_SIGNALS:
    // A write ended: the counts may have changed.
    void stored();
    void failed(const QString &message);
    void markedAllRead(int count);

private:
    LibraryWriter &m_writer;
    ArticleListModel &m_list;
    PendingMarks m_readMarks;
    PendingMarks m_starMarks;
    UndoHistory &m_history;
};
