#include "searchbar.h"

#include <QAction>
#include <QAbstractItemView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

SearchBar::SearchBar(QWidget *parent)
    : QWidget(parent), m_field(new QLineEdit(this)), m_scope(new QComboBox(this)), m_delay(new QTimer(this))
{
    m_field->setObjectName(u"searchField"_s);
    m_field->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_field->setAccessibleName(tr("Search articles"));
    m_field->setClearButtonEnabled(true);
    m_field->setMinimumWidth(fontMetrics().averageCharWidth() * 24);
    m_scope->setObjectName(u"searchScope"_s);
    m_scope->setAccessibleName(tr("Search in"));
    m_scope->addItem(tr("All Articles"));
    m_scope->addItem(tr("Selected Category"));
    // Qt's clear button and the scope's drop-down list come unnamed.
    for (QToolButton *button : m_field->findChildren<QToolButton *>())
        button->setAccessibleName(tr("Clear Search"));
    m_scope->view()->setAccessibleName(m_scope->accessibleName());
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_scope);
    setFocusProxy(m_field);

    m_delay->setSingleShot(true);
    connect(m_field, &QLineEdit::textChanged, this, [this](const QString &text) {
        // One letter matches most of a big library as a prefix: wait to see
        // whether more come before asking for that.
        m_delay->start(text.trimmed().size() == 1 ? OneLetterDelayMs : DelayMs);
    });
    connect(m_delay, &QTimer::timeout, this, &SearchBar::settle);
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_query.isEmpty())
            Q_EMIT searchChanged();
    });
    auto *clear = new QAction(tr("Clear Search"), m_field);
    clear->setShortcut(Qt::Key_Escape);
    clear->setShortcutContext(Qt::WidgetShortcut);
    m_field->addAction(clear);
    connect(clear, &QAction::triggered, this, [this] {
        m_field->clear();
        settle();
        Q_EMIT done();
    });
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        settle();
        Q_EMIT done();
    });
}

bool SearchBar::inSelectedCategory() const
{
    return m_scope->currentIndex() == 1;
}

void SearchBar::focusField()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void SearchBar::settle()
{
    m_delay->stop();
    const QString query = m_field->text().trimmed();
    if (query == m_query)
        return;
    m_query = query;
    Q_EMIT searchChanged();
}
