#pragma once

#include <QObject>
#include <QPointer>

class CategoryTreeModel;
class LibraryReader;
class ProblemFeedsDialog;
class QAction;
class TopStoriesDialog;

// View › Feeds With Problems and View › Top Stories: two overviews of the
// whole library, each a window of its own opened once and brought to the
// front again. What the person picks in them comes back as a signal.
class OverviewDialogs final : public QObject
{
    Q_OBJECT

public:
    // parent: the window the dialogs belong to.
    OverviewDialogs(LibraryReader &reader, CategoryTreeModel &tree, QWidget *parent);

    QAction *problemsAction() const { return m_problems; }
    QAction *topStoriesAction() const { return m_topStories; }

    void showFeedProblems();
    void showTopStories();

Q_SIGNALS:
    void feedChosen(qint64 feedId);
    void refreshRequested(const QList<qint64> &feedIds);
    void articleChosen(qint64 articleId);

private:
    LibraryReader &m_reader;
    CategoryTreeModel &m_tree;
    QWidget *m_window;
    QAction *m_problems = nullptr;
    QAction *m_topStories = nullptr;
    QPointer<ProblemFeedsDialog> m_problemsDialog;
    QPointer<TopStoriesDialog> m_topStoriesDialog;
};
