#include "problemfeedsdialog.h"

#include "categorytreemodel.h"
#include "summarylist.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int FeedIdRole = Qt::UserRole + 1;
}

ProblemFeedsDialog::ProblemFeedsDialog(const CategoryTreeModel &tree, QWidget *parent)
    : QDialog(parent), m_tree(tree)
{
    setWindowTitle(tr("Feeds With Problems"));
    const SummaryList parts = SummaryList::build(this, tr("Summary"), {tr("Feed"), tr("Folder"), tr("Last error")},
                                                 tr("Feeds whose last refresh failed"), tr("Close"));
    m_summary = parts.summary;
    m_list = parts.list;
    m_list->header()->setStretchLastSection(true);
    m_goTo = parts.buttons->addButton(tr("&Go to Feed"), QDialogButtonBox::ActionRole);
    m_goTo->setAccessibleName(tr("Go to the feed"));
    m_refresh = parts.buttons->addButton(tr("&Refresh These"), QDialogButtonBox::ActionRole);
    m_refresh->setAccessibleName(tr("Refresh these feeds"));

    const auto goTo = [this] {
        if (QTreeWidgetItem *item = m_list->currentItem())
            Q_EMIT feedChosen(item->data(0, FeedIdRole).toLongLong());
    };
    connect(m_goTo, &QPushButton::clicked, this, goTo);
    connect(m_list, &QTreeWidget::itemActivated, this, goTo);
    connect(m_refresh, &QPushButton::clicked, this, [this] { Q_EMIT refreshRequested(listedIds()); });
    connect(&m_tree, &QAbstractItemModel::modelReset, this, &ProblemFeedsDialog::fill);
    connect(&m_tree, &QAbstractItemModel::dataChanged, this, &ProblemFeedsDialog::fill);
    fill();
    resize(640, 360);
}

int ProblemFeedsDialog::count() const
{
    return m_list->topLevelItemCount();
}

QList<qint64> ProblemFeedsDialog::listedIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        ids.append(m_list->topLevelItem(i)->data(0, FeedIdRole).toLongLong());
    return ids;
}

void ProblemFeedsDialog::fill()
{
    const qint64 current = m_list->currentItem() ? m_list->currentItem()->data(0, FeedIdRole).toLongLong() : 0;
    m_list->clear();
    for (const QModelIndex &feed : m_tree.problemFeeds()) {
        auto *item = new QTreeWidgetItem(m_list);
        const QString error = feed.data(CategoryTreeModel::ErrorRole).toString();
        item->setText(0, feed.data().toString());
        item->setText(1, feed.data(CategoryTreeModel::PathRole).toString());
        item->setText(2, error);
        item->setToolTip(2, error);
        item->setData(0, FeedIdRole, feed.data(CategoryTreeModel::IdRole));
        if (item->data(0, FeedIdRole).toLongLong() == current)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    const int n = m_list->topLevelItemCount();
    m_summary->setText(n == 0 ? tr("Every feed refreshed without a problem last time.")
                              : tr("%n feed(s) failed at their last refresh.", nullptr, n));
    m_goTo->setEnabled(n > 0);
    m_refresh->setEnabled(n > 0);
}
