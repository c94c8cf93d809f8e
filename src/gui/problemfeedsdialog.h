#pragma once

#include <QDialog>

class CategoryTreeModel;
class QLabel;
class QPushButton;
class QTreeWidget;

// View › Feeds With Problems: every feed whose last refresh failed, with its
// folder and its error, read from the window's tree model (kept current as
// the tree is read again). Go to Feed shows one in the window; Refresh
// These tries them all again.
class ProblemFeedsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ProblemFeedsDialog(const CategoryTreeModel &tree, QWidget *parent = nullptr);

    int count() const;

Q_SIGNALS:
    void feedChosen(qint64 feedId);
    void refreshRequested(const QList<qint64> &feedIds);

private:
    void fill();
    QList<qint64> listedIds() const;

    const CategoryTreeModel &m_tree;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_goTo = nullptr;
    QPushButton *m_refresh = nullptr;
};
