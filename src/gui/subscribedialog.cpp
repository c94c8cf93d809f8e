#include "subscribedialog.h"
#include "nextturn.h"

#include "discovery.h"
#include "librarywriter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int NodeRole = Qt::UserRole + 1; // index path into the discovery
constexpr int KindRole = Qt::UserRole + 2; // 0: feed of feeds, 1: tree node

void addNodes(QTreeWidgetItem *parent, QTreeWidget *tree, const QList<DiscoveredCategory> &nodes,
              const QString &prefix, Qt::CheckState state)
{
    for (int i = 0; i < nodes.size(); ++i) {
        const DiscoveredCategory &node = nodes[i];
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree);
        item->setText(0, node.name);
        item->setText(1, node.posts >= 0 ? QString::number(node.posts) : QString());
        // Not Qt's auto tri-state: a category has a feed of its own, so a
        // parent is checked by itself; cascade() checks its subtree with it.
        item->setFlags((item->flags() | Qt::ItemIsUserCheckable) & ~Qt::ItemIsAutoTristate);
        item->setCheckState(0, state);
        if (!node.feed.isEmpty())
            item->setToolTip(0, node.feed.toDisplayString());
        const QString path = prefix.isEmpty() ? QString::number(i) : prefix + u'/' + QString::number(i);
        item->setData(0, NodeRole, path);
        item->setData(0, KindRole, 1);
        addNodes(item, tree, node.children, path, state);
    }
}

// The node an item's index path ("0/2/1") leads to, or null.
const DiscoveredCategory *nodeAt(const QList<DiscoveredCategory> &tree, const QString &path)
{
    const QList<DiscoveredCategory> *level = &tree;
    const DiscoveredCategory *node = nullptr;
    for (const QString &step : path.split(u'/', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int i = step.toInt(&ok);
        if (!ok || i < 0 || i >= level->size())
            return nullptr;
        node = &level->at(i);
        level = &node->children;
    }
    return node;
}

// Keeps the nodes whose item is checked (or that hold a checked one).
QList<DiscoveredCategory> keepChecked(const QList<DiscoveredCategory> &nodes,
                                      const QList<QTreeWidgetItem *> &items)
{
    QList<DiscoveredCategory> kept;
    for (int i = 0; i < nodes.size() && i < items.size(); ++i) {
        QTreeWidgetItem *item = items[i];
        if (item->checkState(0) == Qt::Unchecked)
            continue;
        DiscoveredCategory node = nodes[i];
        // Partly checked: it only holds what is checked below it, as a
        // folder; its own feed is not subscribed.
        if (item->checkState(0) == Qt::PartiallyChecked)
            node.feed.clear();
        QList<QTreeWidgetItem *> children;
        for (int c = 0; c < item->childCount(); ++c)
            children.append(item->child(c));
        node.children = keepChecked(nodes[i].children, children);
        kept.append(node);
    }
    return kept;
}

} // namespace

SubscribeDialog::SubscribeDialog(DiscoveryFactory makeDiscovery, LibraryWriter &writer,
                                 const QStringList &folders, QWidget *parent)
    : QDialog(parent), m_makeDiscovery(std::move(makeDiscovery)), m_writer(writer)
{
    setWindowTitle(tr("Subscribe"));
    auto *layout = new QVBoxLayout(this);

    auto *addressRow = new QHBoxLayout;
    auto *addressLabel = new QLabel(tr("&Address:"), this);
    m_address = new QLineEdit(this);
    m_address->setPlaceholderText(tr("A feed, a web site or an OPML list"));
    m_address->setAccessibleName(tr("Address"));
    addressLabel->setBuddy(m_address);
    m_find = new QPushButton(tr("&Find"), this);
    m_find->setAccessibleName(tr("Find what the address offers"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setAccessibleName(tr("Cancel finding"));
    m_cancel->setVisible(false);
    addressRow->addWidget(addressLabel);
    addressRow->addWidget(m_address, 1);
    addressRow->addWidget(m_find);
    addressRow->addWidget(m_cancel);
    layout->addLayout(addressRow);

    auto *statusRow = new QHBoxLayout;
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setAccessibleName(tr("Busy"));
    m_busy->setVisible(false);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Status"));
    m_retry = new QPushButton(tr("&Retry"), this);
    m_retry->setAccessibleName(tr("Retry"));
    m_retry->setVisible(false);
    statusRow->addWidget(m_busy);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_retry);
    layout->addLayout(statusRow);

    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Name"), tr("Articles")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setAccessibleName(tr("What to subscribe to"));
    layout->addWidget(m_tree, 3);

    auto *previewLabel = new QLabel(tr("&Newest headlines:"), this);
    m_preview = new QListWidget(this);
    m_preview->setAccessibleName(tr("Newest headlines of the highlighted entry"));
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    previewLabel->setBuddy(m_preview);
    layout->addWidget(previewLabel);
    layout->addWidget(m_preview, 1);

    auto *form = new QFormLayout;
    m_folder = new QComboBox(this);
    m_folder->setEditable(true);
    m_folder->setAccessibleName(tr("Destination folder"));
    m_folder->lineEdit()->setAccessibleName(tr("Destination folder path"));
    m_folder->addItem(tr("(top level)"), QString());
    for (const QString &folder : folders)
        m_folder->addItem(folder, folder);
    m_folder->setToolTip(tr("Pick a folder, or type a new path such as News/World"));
    form->addRow(tr("&Into folder:"), m_folder);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_subscribe = buttons->addButton(tr("&Subscribe"), QDialogButtonBox::AcceptRole);
    m_subscribe->setAccessibleName(tr("Subscribe"));
    m_subscribe->setEnabled(false);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    layout->addWidget(buttons);

    connect(m_find, &QPushButton::clicked, this, &SubscribeDialog::find);
    connect(m_address, &QLineEdit::returnPressed, this, &SubscribeDialog::find);
    connect(m_retry, &QPushButton::clicked, this, &SubscribeDialog::find);
    connect(m_cancel, &QPushButton::clicked, this, &SubscribeDialog::cancel);
    connect(m_subscribe, &QPushButton::clicked, this, &SubscribeDialog::subscribe);
    connect(m_tree, &QTreeWidget::itemChanged, this, &SubscribeDialog::cascade);
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { showPreview(current); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, 560);
}

void SubscribeDialog::setDestination(const QString &folderPath)
{
    const int index = m_folder->findData(folderPath);
    if (index >= 0)
        m_folder->setCurrentIndex(index);
    else
        m_folder->setEditText(folderPath);
}

void SubscribeDialog::setAddress(const QString &address)
{
    m_address->setText(address);
    if (!address.trimmed().isEmpty())
        find();
}

void SubscribeDialog::find()
{
    const QString text = m_address->text().trimmed();
    if (text.isEmpty())
        return;
    if (!m_discovery) {
        m_discovery = m_makeDiscovery(this);
        if (!m_discovery)
            return;
        connect(m_discovery, &Discovery::progress, this,
                [this](const QString &what) { m_status->setText(what); });
        connect(m_discovery, &Discovery::finished, this, &SubscribeDialog::showResult);
    }
    m_tree->clear();
    m_preview->clear();
    m_previews.clear();
    m_previewing.clear();
    if (m_previewDiscovery)
        m_previewDiscovery->cancel();
    m_subscribe->setEnabled(false);
    m_retry->setVisible(false);
    setBusy(true, tr("Looking at %1…").arg(text));
    m_discovery->start(QUrl::fromUserInput(text));
}

void SubscribeDialog::cancel()
{
    if (m_discovery)
        m_discovery->cancel();
    setBusy(false, tr("Cancelled."));
}

void SubscribeDialog::setBusy(bool busy, const QString &what)
{
    m_busy->setVisible(busy);
    m_cancel->setVisible(busy);
    m_find->setEnabled(!busy);
    m_status->setText(what);
}

void SubscribeDialog::showResult(const DiscoveryResult &result)
{
    setBusy(false);
    if (!result) {
        m_status->setText(result.error().message);
        m_retry->setVisible(true);
        return;
    }
    m_found = result.value();
    QSignalBlocker quiet(m_tree); // no cascade while it is filled
    m_tree->clear();
    if (!m_found.tree.isEmpty()) {
        // A list someone exported is taken whole; a site's categories are picked.
        addNodes(nullptr, m_tree, m_found.tree, {},
                 m_found.kind == Discovered::Kind::Opml ? Qt::Checked : Qt::Unchecked);
    } else {
        for (int i = 0; i < m_found.feeds.size(); ++i) {
            const DiscoveredFeed &feed = m_found.feeds[i];
            auto *item = new QTreeWidgetItem(m_tree);
            item->setText(0, feed.title.isEmpty() ? feed.url.toDisplayString() : feed.title);
            item->setText(1, feed.items >= 0 ? QString::number(feed.items) : QString());
            item->setToolTip(0, feed.url.toDisplayString());
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(0, m_found.feeds.size() == 1 ? Qt::Checked : Qt::Unchecked);
            item->setData(0, NodeRole, i);
            item->setData(0, KindRole, 0);
        }
    }
    m_tree->expandAll();
    quiet.unblock();
    if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    QString status = m_found.title;
    if (!m_found.notes.isEmpty())
        status += u'\n' + m_found.notes.join(u'\n');
    m_status->setText(status);
    m_subscribe->setEnabled(m_tree->topLevelItemCount() > 0);
}

// Checking a category checks its subtree, unchecking unchecks it; a
// category not checked itself shows partly checked while something below it
// is (PartiallyChecked: a folder for what is checked, without its own feed).
void SubscribeDialog::cascade(QTreeWidgetItem *item, int column)
{
    if (column != 0 || !item || item->data(0, KindRole).toInt() != 1)
        return;
    const QSignalBlocker quiet(m_tree);
    const Qt::CheckState state = item->checkState(0);
    if (state != Qt::PartiallyChecked) {
        const std::function<void(QTreeWidgetItem *)> down = [&](QTreeWidgetItem *parent) {
            for (int i = 0; i < parent->childCount(); ++i) {
                parent->child(i)->setCheckState(0, state);
                down(parent->child(i));
            }
        };
        down(item);
    }
    for (QTreeWidgetItem *up = item->parent(); up; up = up->parent()) {
        if (up->checkState(0) == Qt::Checked)
            continue; // checked by itself
        bool below = false;
        for (int i = 0; i < up->childCount() && !below; ++i)
            below = up->child(i)->checkState(0) != Qt::Unchecked;
        up->setCheckState(0, below ? Qt::PartiallyChecked : Qt::Unchecked);
    }
}

Discovered SubscribeDialog::checked() const
{
    Discovered copy = m_found;
    QList<QTreeWidgetItem *> top;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        top.append(m_tree->topLevelItem(i));
    if (!m_found.tree.isEmpty()) {
        copy.tree = keepChecked(m_found.tree, top);
        // The site's feeds are subscribed only through their checked categories.
        if (copy.kind != Discovered::Kind::Feed)
            copy.feeds.clear();
        return copy;
    }
    copy.feeds.clear();
    for (QTreeWidgetItem *item : top) {
        if (item->checkState(0) == Qt::Checked)
            copy.feeds.append(m_found.feeds.value(item->data(0, NodeRole).toInt()));
    }
    return copy;
}

QStringList SubscribeDialog::destination() const
{
    const int index = m_folder->currentIndex();
    QString path = m_folder->currentText().trimmed();
    if (index >= 0 && m_folder->itemText(index) == m_folder->currentText())
        path = m_folder->itemData(index).toString();
    return path.split(u'/', Qt::SkipEmptyParts);
}

void SubscribeDialog::subscribe()
{
    const Discovered chosen = checked();
    if (chosen.feeds.isEmpty() && chosen.tree.isEmpty()) {
        m_status->setText(tr("Check what to subscribe to."));
        return;
    }
    m_subscribe->setEnabled(false);
    m_status->setText(tr("Subscribing…"));
    m_writer.subscribe(chosen, destination()).then(this, nextTurn(this, [this](const Result<Subscriptions::Added> &result) {
        if (!result) {
            m_status->setText(tr("Could not subscribe: %1").arg(result.error().message));
            m_subscribe->setEnabled(true);
            return;
        }
        Q_EMIT subscribed(result.value());
        accept();
    }));
}

void SubscribeDialog::showPreview(QTreeWidgetItem *item)
{
    m_preview->clear();
    m_previewing.clear();
    if (!item)
        return;
    if (item->data(0, KindRole).toInt() == 0) {
        listHeadlines(m_found.feeds.value(item->data(0, NodeRole).toInt()).headlines);
        return;
    }
    const DiscoveredCategory *node = nodeAt(m_found.tree, item->data(0, NodeRole).toString());
    if (!node || node->feed.isEmpty())
        return; // a folder: nothing of its own to show
    if (const auto cached = m_previews.constFind(node->feed); cached != m_previews.constEnd()) {
        listHeadlines(cached.value());
        return;
    }
    for (const DiscoveredFeed &feed : std::as_const(m_found.feeds)) {
        if (feed.url == node->feed && !feed.headlines.isEmpty()) {
            listHeadlines(feed.headlines);
            return;
        }
    }
    if (!m_previewDiscovery) {
        m_previewDiscovery = m_makeDiscovery(this);
        if (!m_previewDiscovery)
            return;
        connect(m_previewDiscovery, &Discovery::finished, this,
                [this](const DiscoveryResult &result) { previewArrived(m_previewing, result); });
    }
    m_previewing = node->feed;
    m_preview->addItem(tr("Loading the newest headlines…"));
    m_previewDiscovery->start(node->feed);
}

void SubscribeDialog::previewArrived(const QUrl &feed, const DiscoveryResult &result)
{
    if (feed.isEmpty())
        return;
    m_previewing.clear();
    if (!result) {
        m_preview->clear();
        m_preview->addItem(tr("No headlines: %1").arg(result.error().message));
        return;
    }
    const QList<DiscoveredHeadline> headlines =
            result->feeds.isEmpty() ? QList<DiscoveredHeadline>() : result->feeds.first().headlines;
    m_previews.insert(feed, headlines);
    listHeadlines(headlines);
}

void SubscribeDialog::listHeadlines(const QList<DiscoveredHeadline> &headlines)
{
    m_preview->clear();
    if (headlines.isEmpty()) {
        m_preview->addItem(tr("No headlines"));
        return;
    }
    const QLocale locale;
    for (const DiscoveredHeadline &headline : headlines) {
        const QString title = headline.title.simplified().isEmpty() ? tr("(untitled)") : headline.title.simplified();
        auto *row = new QListWidgetItem(
                headline.published.isValid()
                        ? tr("%1 — %2").arg(title, locale.toString(headline.published.toLocalTime(),
                                                                    QLocale::ShortFormat))
                        : title,
                m_preview);
        row->setToolTip(headline.link.toDisplayString());
    }
}
