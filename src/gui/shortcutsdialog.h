#pragma once

#include <QDialog>

class QAction;

// Help > Keyboard Shortcuts: every action that has one, with its keys, as
// the actions themselves say (so the list cannot go stale).
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
};
