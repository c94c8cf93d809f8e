#include "topstoriesdialog.h"
#include "nextturn.h"

#include "libraryreader.h"
#include "summarylist.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int ArticleRole = Qt::UserRole + 1;
}

TopStoriesDialog::TopStoriesDialog(LibraryReader &reader, QWidget *parent) : QDialog(parent), m_reader(reader)
{
    setWindowTitle(tr("Top Stories"));
    const SummaryList parts = SummaryList::build(this, tr("Summary"), {tr("Story"), tr("Sources"), tr("Newest")},
                                                 tr("Stories several of your sources cover"), tr("Close"));
    m_summary = parts.summary;
    m_list = parts.list;
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    QPushButton *open = parts.buttons->addButton(tr("&Read"), QDialogButtonBox::ActionRole);
    open->setAccessibleName(tr("Read the story"));
    QPushButton *again = parts.buttons->addButton(tr("Re&load"), QDialogButtonBox::ActionRole);
    again->setAccessibleName(tr("Reload the top stories"));
    const auto choose = [this] {
        if (QTreeWidgetItem *item = m_list->currentItem())
            Q_EMIT articleChosen(item->data(0, ArticleRole).toLongLong());
    };
    connect(open, &QPushButton::clicked, this, choose);
    connect(m_list, &QTreeWidget::itemActivated, this, choose);
    connect(again, &QPushButton::clicked, this, &TopStoriesDialog::reload);
    resize(720, 420);
    reload();
}

int TopStoriesDialog::count() const
{
    return m_list->topLevelItemCount();
}

void TopStoriesDialog::reload()
{
    const quint64 request = ++m_request;
    m_summary->setText(tr("Reading…"));
    m_reader.topStories(QDateTime::currentDateTimeUtc().addDays(-1))
            .then(this, nextTurn(this, [this, request](const Result<QList<TopStory>> &stories) {
                if (request != m_request)
                    return;
                m_list->clear();
                if (!stories) {
                    m_summary->setText(stories.error().message);
                    Q_EMIT loaded();
                    return;
                }
                const QLocale locale;
                for (const TopStory &story : stories.value()) {
                    auto *item = new QTreeWidgetItem(m_list);
                    item->setText(0, story.title.isEmpty() ? tr("(untitled)") : story.title);
                    item->setText(1, tr("%1 (%2)").arg(story.sources.join(tr(", "))).arg(story.sources.size()));
                    item->setText(2, locale.toString(story.newest.toLocalTime(), QLocale::ShortFormat));
                    item->setToolTip(1, story.sources.join(u'\n'));
                    item->setData(0, ArticleRole, story.articleId);
                }
                if (m_list->topLevelItemCount() > 0)
                    m_list->setCurrentItem(m_list->topLevelItem(0));
                m_summary->setText(stories->isEmpty()
                                           ? tr("No story of the last 24 hours is covered by more than one of your "
                                                "sources yet.")
                                           : tr("%n story(ies) of the last 24 hours covered by several of your sources, "
                                                "most sources first.",
                                                nullptr, int(stories->size())));
                Q_EMIT loaded();
            }));
}
