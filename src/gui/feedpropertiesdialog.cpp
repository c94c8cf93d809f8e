#include "feedpropertiesdialog.h"
#include "nextturn.h"

#include "libraryreader.h"
#include "librarywriter.h"
#include "refreshpolicy.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

QLabel *valueLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    label->setAccessibleName(name);
    return label;
}

QLineEdit *readOnlyField(QWidget *parent, const QString &name)
{
    auto *field = new QLineEdit(parent);
    field->setReadOnly(true);
    field->setAccessibleName(name);
    return field;
}

} // namespace

FeedPropertiesDialog::FeedPropertiesDialog(qint64 feedId, LibraryReader &reader, LibraryWriter &writer,
                                           QWidget *parent)
    : QDialog(parent), m_feedId(feedId), m_writer(writer)
{
    setWindowTitle(tr("Feed Properties"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_title = new QLineEdit(this);
    m_title->setAccessibleName(tr("Title"));
    form->addRow(tr("&Title:"), m_title);
    m_address = readOnlyField(this, tr("Feed address"));
    form->addRow(tr("&Address:"), m_address);
    m_site = readOnlyField(this, tr("Web site"));
    form->addRow(tr("&Site:"), m_site);
    m_fullText = new QComboBox(this);
    m_fullText->addItem(tr("Automatic: when the feed carries only a summary"), int(FeedProperties::FullText::Auto));
    m_fullText->addItem(tr("Always fetch the article's page"), int(FeedProperties::FullText::Always));
    m_fullText->addItem(tr("Never: keep the feed's text"), int(FeedProperties::FullText::Never));
    m_fullText->setAccessibleName(tr("Full text"));
    form->addRow(tr("&Full text:"), m_fullText);
    // Automatic: the interval of Settings, never more often than the feed
    // asks; or the person's own for this feed.
    m_refreshEvery = new QSpinBox(this);
    m_refreshEvery->setRange(0, RefreshPolicy::MaxIntervalMinutes);
    m_refreshEvery->setSpecialValueText(tr("Automatic"));
    m_refreshEvery->setSuffix(tr(" min"));
    m_refreshEvery->setAccessibleName(tr("Refresh every"));
    if (auto *field = m_refreshEvery->findChild<QLineEdit *>()) // what a screen reader lands on
        field->setAccessibleName(m_refreshEvery->accessibleName());
    m_refreshEvery->setToolTip(tr("Automatic follows Settings and what the feed asks for (its ttl, update "
                                  "period or cache hints); minutes refresh this feed that often"));
    form->addRow(tr("Refresh &every:"), m_refreshEvery);
    // What the feed asks for (its ttl or update period), stored at each
    // fetch; what Automatic goes by.
    m_interval = valueLabel(this, tr("Refresh interval"));
    form->addRow(tr("Refreshed:"), m_interval);
    m_lastFetch = valueLabel(this, tr("Last fetch"));
    form->addRow(tr("Last fetch:"), m_lastFetch);
    m_lastError = valueLabel(this, tr("Last error"));
    form->addRow(tr("Last error:"), m_lastError);
    m_articles = valueLabel(this, tr("Articles"));
    form->addRow(tr("Articles:"), m_articles);
    m_bytes = valueLabel(this, tr("Stored"));
    form->addRow(tr("Stored:"), m_bytes);
    layout->addLayout(form);
    m_status = valueLabel(this, tr("Status"));
    m_status->setText(tr("Reading…"));
    layout->addWidget(m_status);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FeedPropertiesDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    reader.feedProperties(feedId).then(this, nextTurn(this, [this](const Result<FeedProperties> &properties) {
        if (!properties) {
            m_status->setText(properties.error().message);
            return;
        }
        fill(properties.value());
    }));
}

void FeedPropertiesDialog::fill(const FeedProperties &properties)
{
    const Feed &feed = properties.feed;
    const QLocale locale;
    m_title->setText(feed.title);
    m_address->setText(feed.url.toDisplayString());
    m_site->setText(feed.siteUrl.toDisplayString());
    m_fullText->setCurrentIndex(m_fullText->findData(int(properties.fullText)));
    m_refreshEvery->setValue(feed.chosenRefreshMinutes);
    m_interval->setText(feed.refreshIntervalMinutes > 0
                                ? tr("At most every %n minute(s), as the feed asks", nullptr,
                                     feed.refreshIntervalMinutes)
                                : tr("As in Settings"));
    m_lastFetch->setText(feed.lastFetchedAt.isValid()
                                 ? locale.toString(feed.lastFetchedAt.toLocalTime(), QLocale::LongFormat)
                                 : tr("Never"));
    m_lastError->setText(feed.lastError.isEmpty() ? tr("None") : feed.lastError);
    m_articles->setText(locale.toString(properties.articles));
    m_bytes->setText(locale.formattedDataSize(properties.bytes));
    m_status->clear();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    m_loaded = true;
    Q_EMIT loaded();
}

void FeedPropertiesDialog::save()
{
    if (!m_loaded)
        return;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_status->setText(tr("Saving…"));
    m_writer
            .setFeedSettings(m_feedId, m_title->text(), FeedProperties::FullText(m_fullText->currentData().toInt()),
                             m_refreshEvery->value())
            .then(this, nextTurn(this, [this](const Result<> &done) {
                if (!done) {
                    m_status->setText(done.error().message);
                    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
                    return;
                }
                Q_EMIT saved();
                accept();
            }));
}
