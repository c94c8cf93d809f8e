#include "summarylist.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

SummaryList SummaryList::build(QDialog *dialog, const QString &summaryName, const QStringList &headers,
                               const QString &listName, const QString &closeName)
{
    SummaryList parts;
    auto *layout = new QVBoxLayout(dialog);
    parts.summary = new QLabel(dialog);
    parts.summary->setWordWrap(true);
    parts.summary->setAccessibleName(summaryName);
    layout->addWidget(parts.summary);
    parts.list = new QTreeWidget(dialog);
    parts.list->setColumnCount(int(headers.size()));
    parts.list->setHeaderLabels(headers);
    parts.list->setRootIsDecorated(false);
    parts.list->setAccessibleName(listName);
    layout->addWidget(parts.list, 1);
    parts.buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    parts.buttons->button(QDialogButtonBox::Close)->setAccessibleName(closeName);
    layout->addWidget(parts.buttons);
    QObject::connect(parts.buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return parts;
}
