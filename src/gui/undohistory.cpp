#include "undohistory.h"

#include <QAction>

UndoHistory::UndoHistory(QObject *parent) : QObject(parent) { }

UndoHistory::~UndoHistory() = default;

void UndoHistory::push(Change change)
{
    const Change before = std::exchange(m_change, std::move(change));
    if (before.forget)
        before.forget();
    Q_EMIT changed(canUndo(), label());
}

void UndoHistory::undo()
{
    const Change taken = std::exchange(m_change, {});
    Q_EMIT changed(false, QString());
    if (taken.undo)
        taken.undo();
}

void UndoHistory::forget()
{
    const Change taken = std::exchange(m_change, {});
    if (taken.forget)
        taken.forget();
    if (taken.undo)
        Q_EMIT changed(false, QString());
}

void UndoHistory::attach(QAction *action)
{
    const auto show = [action](bool can, const QString &label) {
        action->setEnabled(can);
        action->setText(can ? tr("&Undo %1").arg(label) : tr("&Undo"));
    };
    show(canUndo(), label());
    connect(this, &UndoHistory::changed, action, show);
}
