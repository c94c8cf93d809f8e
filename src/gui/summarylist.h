#pragma once

#include <QStringList>

class QDialog;
class QDialogButtonBox;
class QLabel;
class QTreeWidget;

// What Feeds With Problems and Top Stories are made of: a summary line over
// a flat list, and a button box that closes the dialog. The caller's words
// come translated; it adds its own buttons to the box.
struct SummaryList
{
    QLabel *summary = nullptr;
    QTreeWidget *list = nullptr;
    QDialogButtonBox *buttons = nullptr;

    static SummaryList build(QDialog *dialog, const QString &summaryName, const QStringList &headers,
                             const QString &listName, const QString &closeName);
};
