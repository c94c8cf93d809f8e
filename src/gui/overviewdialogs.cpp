#include "overviewdialogs.h"

#include "categorytreemodel.h"
#include "problemfeedsdialog.h"
#include "topstoriesdialog.h"

#include <QAction>
#include <QDialog>
#include <QStyle>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace {

void bringToFront(QDialog *dialog)
{
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

} // namespace

OverviewDialogs::OverviewDialogs(LibraryReader &reader, CategoryTreeModel &tree, QWidget *parent)
    : QObject(parent),
      m_reader(reader),
      m_tree(tree),
      m_window(parent)
{
    // A feed whose last refresh failed wears a warning badge in the tree (its
    // error in the tooltip); Feeds With Problems lists them all.
    m_tree.setProblemIcon(parent->style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_problems = new QAction(tr("Feeds With &Problems…"), this);
    m_problems->setObjectName(u"actionFeedProblems"_s);
    m_problems->setShortcut(QKeySequence(u"Ctrl+Shift+P"_s));
    m_problems->setToolTip(tr("List the feeds whose last refresh failed, with their errors"));
    connect(m_problems, &QAction::triggered, this, &OverviewDialogs::showFeedProblems);

    // Top Stories: what several of the person's sources cover today.
    m_topStories = new QAction(tr("&Top Stories…"), this);
    m_topStories->setObjectName(u"actionTopStories"_s);
    m_topStories->setShortcut(QKeySequence(u"Ctrl+Shift+T"_s));
    m_topStories->setToolTip(tr("The stories of the last 24 hours that several of your sources cover"));
    connect(m_topStories, &QAction::triggered, this, &OverviewDialogs::showTopStories);
}

void OverviewDialogs::showFeedProblems()
{
    if (!m_problemsDialog) {
        m_problemsDialog = new ProblemFeedsDialog(m_tree, m_window);
        m_problemsDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_problemsDialog, &ProblemFeedsDialog::feedChosen, this, &OverviewDialogs::feedChosen);
        connect(m_problemsDialog, &ProblemFeedsDialog::refreshRequested, this, &OverviewDialogs::refreshRequested);
    }
    bringToFront(m_problemsDialog);
}

void OverviewDialogs::showTopStories()
{
    if (!m_topStoriesDialog) {
        m_topStoriesDialog = new TopStoriesDialog(m_reader, m_window);
        m_topStoriesDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_topStoriesDialog, &TopStoriesDialog::articleChosen, this, &OverviewDialogs::articleChosen);
    } else {
        m_topStoriesDialog->reload();
    }
    bringToFront(m_topStoriesDialog);
}
